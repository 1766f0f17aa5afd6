package se.lansstyrelsen.jvg.architecturefixture.layers.feature;

/** Test fixture for ArchitectureTest: a feature's class. */
public class FeatureService {
    public void work() {}
}
