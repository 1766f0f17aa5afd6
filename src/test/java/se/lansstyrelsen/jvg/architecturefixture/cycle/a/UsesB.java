package se.lansstyrelsen.jvg.architecturefixture.cycle.a;

import se.lansstyrelsen.jvg.architecturefixture.cycle.b.UsesA;

/** Test fixture for ArchitectureTest: one half of a deliberate package cycle. */
public class UsesB {
    UsesA other;
}
