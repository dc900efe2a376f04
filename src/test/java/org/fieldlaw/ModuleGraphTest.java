package org.fieldlaw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules and the arrows between them (docs/architecture.md), checked on the compiled classes.
 * Generic services (common, security, privacy, records, evidence, documents) know no feature: features register with
 * them. Features reach one another through entry points and events, never through a cycle.
 */
class ModuleGraphTest {

    static JavaClasses classes;

    /** The packages directly under org.fieldlaw, found in the classes: a module added later is held to the rules at once. */
    static List<String> modules;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fieldlaw");
        modules = classes.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith("org.fieldlaw."))
                .map(p -> p.split("\\.")[2]).distinct().sorted().toList();
    }

    @Test
    void theModulesAreTheOnesTheArchitectureDescribes() {
        assertEquals(List.of("agency", "cases", "common", "console", "discretion", "documents", "evidence", "inspection", "patrols", "privacy", "publication",
                "records", "security", "sync"), modules, "a new module needs its place in docs/architecture.md and in the rules below");
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching("org.fieldlaw.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.fieldlaw.common..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules("common"))
                .because("common holds only what several modules share, and shares nothing of theirs")
                .check(classes);
    }

    @Test
    void securityKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.fieldlaw.security..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules("security", "common"))
                .because("the register implements the ports security declares (bureau keys, the current officer)")
                .check(classes);
    }

    @Test
    void theRecordKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.fieldlaw.records..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules("records", "common", "privacy", "security"))
                .because("cases, sites and whatever comes next register as record owners")
                .check(classes);
    }

    @Test
    void privacyKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.fieldlaw.privacy..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules("privacy", "common", "security"))
                .because("features name their sealed columns in a PersonalDataColumns bean; the sealing knows no table of its own")
                .check(classes);
    }

    @Test
    void evidenceKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.fieldlaw.evidence..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules("evidence", "common", "records", "security"))
                .because("cases and site visits register as evidence owners")
                .check(classes);
    }

    @Test
    void documentsKnowNoFeature() {
        noClasses().that().resideInAPackage("org.fieldlaw.documents..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules("documents", "common", "records", "evidence", "security"))
                .because("cases and sites will register their document kinds; the renderer knows none of them")
                .check(classes);
    }

    @Test
    void theRegisterAndTheBaselinesKnowNothingOfCasesOrPatrols() {
        noClasses().that().resideInAnyPackage("org.fieldlaw.agency..", "org.fieldlaw.discretion..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fieldlaw.cases..", "org.fieldlaw.patrols..",
                        "org.fieldlaw.publication..", "org.fieldlaw.sync..")
                .because("decided cases reach the party history through the port discretion owns (DecidedCases)")
                .check(classes);
    }

    @Test
    void theConsoleIsOnTopAndNothingDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("org.fieldlaw.console..")
                .should().dependOnClassesThat().resideInAPackage("org.fieldlaw.console..")
                .because("the console is a client of the modules' entry points, like the phone; no rule lives in it")
                .check(classes);
    }

    @Test
    void aModulesTablesAreTouchedOnlyByTheModule() {
        for (String module : modules) {
            noClasses().that().resideOutsideOfPackage("org.fieldlaw." + module + "..")
                    .should().dependOnClassesThat(entitiesOf(module))
                    .because("a module owns its tables: others go through its entry points or the events it fires")
                    .check(classes);
        }
    }

    static DescribedPredicate<JavaClass> entitiesOf(String module) {
        return DescribedPredicate.describe("entities of " + module,
                c -> (c.getPackageName() + ".").startsWith("org.fieldlaw." + module + ".") && c.isAnnotatedWith(Entity.class));
    }

    static String[] otherModules(String... allowed) {
        return modules.stream().filter(m -> !List.of(allowed).contains(m)).map(m -> "org.fieldlaw." + m + "..").toArray(String[]::new);
    }
}
