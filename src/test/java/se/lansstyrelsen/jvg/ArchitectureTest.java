package se.lansstyrelsen.jvg;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

/**
 * The package rules of the house (../shared/docs/house-style.md), checked on the compiled main classes:
 * feature packages without cycles, {@code config} below every feature, and web controllers that reach data and
 * the engine only through their feature's services and gateways.
 */
class ArchitectureTest {

    private static final String ROOT = "se.lansstyrelsen.jvg";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Each package right under {@code root} is one slice (its subpackages belong to it, e.g. session.web). */
    static ArchRule noCyclesBetweenPackagesUnder(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void shouldHaveNoCycleBetweenFeaturePackages() {
        noCyclesBetweenPackagesUnder(ROOT).check(MAIN);
    }

    /** Guards the rule above: two test-only packages that use each other are reported as a cycle. */
    @Test
    void shouldReportACycleBetweenTwoPackagesThatUseEachOther() {
        String fixture = ROOT + ".architecturefixture.cycle";
        JavaClasses cyclic = new ClassFileImporter().importPackages(fixture);

        assertThatThrownBy(() -> noCyclesBetweenPackagesUnder(fixture).check(cyclic))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    /**
     * ArchUnit sees calls, fields and signatures, but not a String or number constant of another class, whose value
     * javac copies into the user (as config once used AccessionProcess.CASEWORKER_GROUP). javac still lists the
     * constant's class in the user's constant pool, so the cycle check runs once more on those entries.
     */
    @Test
    void shouldHaveNoCycleBetweenFeaturePackagesThroughConstants() {
        assertThat(constantPoolCycle(MAIN, ROOT)).isEmpty();
    }

    /** Guards the check above: a cycle of String constants only, which ArchUnit's own rule does not see. */
    @Test
    void shouldReportACycleMadeOfConstantsOnly() {
        String fixture = ROOT + ".architecturefixture.constants";
        JavaClasses constantsOnly = new ClassFileImporter().importPackages(fixture);

        noCyclesBetweenPackagesUnder(fixture).check(constantsOnly);
        assertThat(constantPoolCycle(constantsOnly, fixture)).contains("a -> b", "b -> a");
    }

    /** One cycle between the packages right under root, found through constant-pool class entries; empty if none. */
    static List<String> constantPoolCycle(JavaClasses classes, String root) {
        Map<String, Map<String, String>> edges = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = slice(c.getName(), root);
            for (String target : constantPoolClasses(c)) {
                String to = slice(target, root);
                if (!from.isEmpty() && !to.isEmpty() && !from.equals(to)) {
                    edges.computeIfAbsent(from, k -> new TreeMap<>()).putIfAbsent(to, c.getName() + " -> " + target);
                }
            }
        }
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            if (pathBack(start, start, edges, new HashSet<>(), path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean pathBack(
            String at, String start, Map<String, Map<String, String>> edges, Set<String> seen, List<String> path) {
        for (Map.Entry<String, String> e : edges.getOrDefault(at, Map.of()).entrySet()) {
            path.add(at + " -> " + e.getKey());
            path.add("   (" + e.getValue() + ")");
            if (e.getKey().equals(start) || (seen.add(e.getKey()) && pathBack(e.getKey(), start, edges, seen, path))) {
                return true;
            }
            path.subList(path.size() - 2, path.size()).clear();
        }
        return false;
    }

    private static String slice(String className, String root) {
        if (!className.startsWith(root + ".")) {
            return "";
        }
        String rest = className.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }

    /** Names of the classes in a class file's constant pool (JVMS 4.4); array and primitive entries are left out. */
    private static Set<String> constantPoolClasses(JavaClass c) {
        try (DataInputStream in =
                new DataInputStream(c.getSource().orElseThrow().getUri().toURL().openStream())) {
            in.readInt();
            in.readInt();
            int count = in.readUnsignedShort();
            Map<Integer, String> utf8 = new HashMap<>();
            List<Integer> classNameIndexes = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.put(i, in.readUTF());
                    case 7 -> classNameIndexes.add(in.readUnsignedShort());
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IllegalStateException("constant pool tag " + tag + " in " + c.getName());
                }
            }
            Set<String> names = new HashSet<>();
            for (int index : classNameIndexes) {
                String name = utf8.get(index);
                if (!name.startsWith("[")) {
                    names.add(name.replace('/', '.'));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArchRule configFreeOfFeaturePackagesUnder(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".config..")
                .should()
                .dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".config.."))))
                .because("config (settings, clock, security, staff groups) is what every feature builds on");
    }

    @Test
    void shouldKeepConfigFreeOfFeaturePackages() {
        configFreeOfFeaturePackagesUnder(ROOT).check(MAIN);
    }

    /** Guards the rule above: a config class that calls a feature's class is reported. */
    @Test
    void shouldReportAConfigClassThatUsesAFeature() {
        String fixture = ROOT + ".architecturefixture.layers";
        JavaClasses layers = new ClassFileImporter().importPackages(fixture);

        assertThatThrownBy(() -> configFreeOfFeaturePackagesUnder(fixture).check(layers))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SettingsUsingAFeature");
    }

    @Test
    void shouldKeepControllersAwayFromOtherFeaturesRepositories() {
        noClasses()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .should(dependOnARepositoryOfAnotherFeature())
                .because("another feature's data is reached through that feature's services")
                .check(MAIN);
    }

    /** Guards the rule above: a controller of one feature that holds another feature's repository is reported. */
    @Test
    void shouldReportAControllerThatUsesAnotherFeaturesRepository() {
        JavaClasses wrong = new ClassFileImporter()
                .importClasses(
                        ControllerUsingAnotherFeaturesRepository.class,
                        se.lansstyrelsen.jvg.followup.AnnualFollowUpRepository.class);

        assertThatThrownBy(() -> noClasses()
                        .that()
                        .areMetaAnnotatedWith(Controller.class)
                        .should(dependOnARepositoryOfAnotherFeature())
                        .check(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AnnualFollowUpRepository");
    }

    /** Top-level feature package of a class under ROOT ("followup" for ...jvg.followup.x.Y), else "". */
    private static String feature(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> dependOnARepositoryOfAnotherFeature() {
        return new ArchCondition<>("depend on a Spring Data repository of another feature package") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (Dependency d : controller.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.isAssignableTo(Repository.class)
                            && !feature(target).equals(feature(controller))) {
                        events.add(SimpleConditionEvent.satisfied(controller, d.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * Fixture for the guard test: a controller in this (root) package holding the follow-up's repository. Abstract, so
     * that component scanning in the integration tests never makes it a bean.
     */
    @Controller
    abstract static class ControllerUsingAnotherFeaturesRepository {
        se.lansstyrelsen.jvg.followup.AnnualFollowUpRepository repository;
    }

    static final ArchRule CONTROLLERS_WITHOUT_ENGINE_SERVICES = noClasses()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(RuntimeService.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(TaskService.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(FormService.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(ProcessEngine.class)
            .because("engine calls (start, correlate, complete) go through one gateway per process");

    @Test
    void shouldLetControllersReachTheEngineOnlyThroughGateways() {
        CONTROLLERS_WITHOUT_ENGINE_SERVICES.check(MAIN);
    }

    /** Guards the rule above: a controller holding the RuntimeService is reported. */
    @Test
    void shouldReportAControllerThatUsesTheRuntimeService() {
        JavaClasses wrong = new ClassFileImporter().importClasses(ControllerUsingTheRuntimeService.class);

        assertThatThrownBy(() -> CONTROLLERS_WITHOUT_ENGINE_SERVICES.check(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RuntimeService");
    }

    /** Fixture for the guard test; abstract, so that component scanning never makes it a bean. */
    @Controller
    abstract static class ControllerUsingTheRuntimeService {
        RuntimeService runtime;
    }
}
