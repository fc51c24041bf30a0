package org.qcommons.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceAreasTest {

    @Test
    void englandHasSevenRegionsAndFortyTwoIntegratedCareSystems() {
        var areas = ReferenceAreas.read();
        assertThat(areas).hasSize(42);
        assertThat(areas.stream().map(ReferenceAreas.Area::region).distinct())
                .containsExactlyInAnyOrder(
                        "North East and Yorkshire",
                        "North West",
                        "Midlands",
                        "East of England",
                        "London",
                        "South East",
                        "South West");
        assertThat(areas.stream().map(ReferenceAreas.Area::name).distinct()).hasSize(42);
        var perRegion =
                areas.stream().collect(Collectors.groupingBy(ReferenceAreas.Area::region, Collectors.counting()));
        assertThat(perRegion)
                .containsEntry("Midlands", 11L)
                .containsEntry("London", 5L)
                .containsEntry("South West", 7L);
        assertThat(areas)
                .filteredOn(a -> a.name().equals("Humber and North Yorkshire"))
                .extracting(ReferenceAreas.Area::formerName)
                .containsExactly("Humber, Coast and Vale");
        assertThat(ReferenceAreas.slug("North East and Yorkshire")).isEqualTo("north-east-and-yorkshire");
    }

    @Test
    void odsCodesAreThreeToSixLettersAndDigitsWithAnOptionalSiteSuffix() {
        assertThat(OdsCode.valid("RVJ")).isTrue();
        assertThat(OdsCode.valid("rvj01")).isTrue();
        assertThat(OdsCode.valid("L81001")).isTrue();
        assertThat(OdsCode.valid("")).isTrue();
        assertThat(OdsCode.valid("R")).isFalse();
        assertThat(OdsCode.valid("not a code")).isFalse();
        assertThat(OdsCode.valid("ABCDEFGHI")).isFalse();
        assertThat(OdsCode.normalise(" rvj ")).isEqualTo("RVJ");
        assertThat(OrganisationImport.titleCase("NORTH BRISTOL NHS TRUST")).isEqualTo("North Bristol NHS Trust");
    }
}
