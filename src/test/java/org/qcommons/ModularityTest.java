package org.qcommons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules (decision 076): no cycles, no module reaching into another's internals, and the module
 * documentation in docs/modules written from the code on every build.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void everyTopLevelPackageIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains(
                        "app",
                        "base",
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
                        "spc");
    }

    @Test
    void baseDependsOnNoFeature() {
        ApplicationModule base = MODULES.getModuleByName("base").orElseThrow();
        assertThat(base.getBootstrapDependencies(MODULES).toList()).isEmpty();
        assertThat(MODULES.stream()
                        .filter(m -> m != base)
                        .filter(m -> base.getDirectDependencies(MODULES).contains(m))
                        .toList())
                .isEmpty();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
