package se.lansstyrelsen.jvg.architecturefixture.cycle.b;

import se.lansstyrelsen.jvg.architecturefixture.cycle.a.UsesB;

/** Test fixture for ArchitectureTest: the other half of a deliberate package cycle. */
public class UsesA {
    UsesB other;
}
