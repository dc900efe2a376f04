package org.fieldlaw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of docs/architecture.md §2 and §4, checked on the compiled classes. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fieldlaw");
    }

    @Test
    void ruleAndCalendarCodeIsPlainJavaWithoutFrameworkImports() {
        noClasses().that().resideInAPackage("org.fieldlaw..model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta.ws.rs..", "jakarta.persistence..", "jakarta.enterprise..",
                        "jakarta.transaction..", "org.hibernate..", "io.smallrye..", "io.vertx..",
                        "com.fasterxml.jackson..", "org.fieldlaw.common..", "org.fieldlaw.security..")
                .because("rules are read and unit-tested in milliseconds, and may run on the phone (docs/architecture.md §2)")
                .check(classes);
    }

    @Test
    void ruleCodeDoesNotReachBackIntoTheServiceLayer() {
        noClasses().that().resideInAPackage("org.fieldlaw..model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.fieldlaw..model..", "java..", "javax.crypto..")
                .check(classes);
    }

    @Test
    void everyRestMethodDeclaresWhoMayCallIt() {
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class).or().areAnnotatedWith(PATCH.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .because("anything not explicitly public is denied (docs/architecture.md §4)")
                .check(classes);
    }

    /**
     * Quarkus's reflection-free JSON writers read an accessor whose name starts with "is" (issuedAt, issuingAuthority)
     * as the is-getter of a second, phantom property ("suedAt", "suingAuthority") and write both. Any record may end
     * up in an answer, so a component so named carries its name in {@code @JsonProperty} (or takes another name).
     */
    @Test
    void noRecordComponentBecomesAPhantomIsGetterInJson() throws Exception {
        java.util.List<String> unnamed = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : classes) {
            Class<?> type = c.reflect();
            if (!type.isRecord()) {
                continue;
            }
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                if (component.getName().matches("is[a-z].*")
                        && !component.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonProperty.class)) {
                    unnamed.add(type.getName() + "." + component.getName());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), unnamed, "name these with @JsonProperty");
    }
}
