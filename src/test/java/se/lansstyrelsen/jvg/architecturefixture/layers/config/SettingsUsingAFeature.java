package se.lansstyrelsen.jvg.architecturefixture.layers.config;

import se.lansstyrelsen.jvg.architecturefixture.layers.feature.FeatureService;

/** Test fixture for ArchitectureTest: a config class that calls a feature, which the rule forbids. */
public class SettingsUsingAFeature {
    void apply(FeatureService feature) {
        feature.work();
    }
}
