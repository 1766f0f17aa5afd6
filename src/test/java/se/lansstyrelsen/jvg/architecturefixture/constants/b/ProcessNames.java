package se.lansstyrelsen.jvg.architecturefixture.constants.b;

import se.lansstyrelsen.jvg.architecturefixture.constants.a.GroupNames;

/** Test fixture for ArchitectureTest: the other half of a cycle made of String constants only. */
public final class ProcessNames {
    public static final String KEY = "accession";
    public static final String CANDIDATES = GroupNames.CASEWORKERS;

    private ProcessNames() {}
}
