package org.qcommons;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Views talk to services, never to repositories; repositories stay private to their feature. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qcommons");

    /** Guards the rules below: on an empty import they would pass without checking anything. */
    @Test
    void importsTheApplicationsClasses() {
        assertThat(CLASSES.contain(Application.class)).isTrue();
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().endsWith(".ui")).count()).isGreaterThan(20);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses().that().haveSimpleNameEndingWith("Service").and().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }
}
