package org.qcommons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.BrowserTestBase;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.KaribuTest;
import org.qcommons.testsupport.StandaloneTestBase;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The layering rules that Spring Modulith's module check (ModularityTest) does not express: what views may use,
 * where routes live, what services may not know, and how tests are built (decision 076).
 */
class ArchitectureTest {

    private static final String[] FEATURES = {
        "app",
        "buddying",
        "exchange",
        "governance",
        "insights",
        "meetings",
        "notifications",
        "organisations",
        "people",
        "projects",
        "security",
        "skills",
        "spc"
    };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qcommons");

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.qcommons");

    /** Guards the rules below: on an empty import they would pass without checking anything. */
    @Test
    void importsTheApplicationsClasses() {
        assertThat(CLASSES.contain(Application.class)).isTrue();
        assertThat(CLASSES.stream()
                        .filter(c -> c.getPackageName().endsWith(".ui"))
                        .count())
                .isGreaterThan(20);
        assertThat(TESTS.stream().filter(c -> c.getSimpleName().endsWith("KT")).count())
                .isGreaterThan(20);
    }

    @Test
    void baseDependsOnNoFeature() {
        String[] features = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            features[i] = "org.qcommons." + FEATURES[i] + "..";
        }
        noClasses()
                .that()
                .resideInAPackage("org.qcommons.base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(features)
                .check(CLASSES);
    }

    @Test
    void viewsUseNoRepositoryEntityManagerOrJdbc() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcTemplate.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcTemplate.class)
                .check(CLASSES);
    }

    @Test
    void routesLiveOnlyInUiPackages() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .and()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void karibuTestsExtendTheirBase() {
        classes()
                .that()
                .haveSimpleNameEndingWith("KT")
                .and()
                .areTopLevelClasses()
                .should()
                .beAssignableTo(KaribuTest.class)
                .check(TESTS);
    }

    @Test
    void browserTestsExtendTheirBase() {
        classes()
                .that()
                .haveSimpleNameEndingWith("BT")
                .and()
                .areTopLevelClasses()
                .should()
                .beAssignableTo(BrowserTestBase.class)
                .check(TESTS);
    }

    @Test
    void integrationTestsExtendTheirBase() {
        classes()
                .that()
                .haveSimpleNameEndingWith("IT")
                .and()
                .areTopLevelClasses()
                .should()
                .beAssignableTo(IntegrationTestBase.class)
                .orShould()
                .beAssignableTo(StandaloneTestBase.class)
                .check(TESTS);
    }
}
