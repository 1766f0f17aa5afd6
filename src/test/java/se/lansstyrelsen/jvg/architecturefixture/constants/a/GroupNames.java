package se.lansstyrelsen.jvg.architecturefixture.constants.a;

import se.lansstyrelsen.jvg.architecturefixture.constants.b.ProcessNames;

/** Test fixture for ArchitectureTest: a package cycle made of String constants only (javac inlines them). */
public final class GroupNames {
    public static final String CASEWORKERS = "caseworkers";
    public static final String LABEL = ProcessNames.KEY + " " + CASEWORKERS;

    private GroupNames() {}
}
