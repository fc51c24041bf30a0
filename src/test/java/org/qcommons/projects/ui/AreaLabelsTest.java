package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaLabelsTest {

    @Test
    void anAreaWithoutFormerNamesIsItsName() {
        assertThat(AreaLabels.of("Humber and North Yorkshire", null)).isEqualTo("Humber and North Yorkshire");
        assertThat(AreaLabels.of("Humber and North Yorkshire", " ; ")).isEqualTo("Humber and North Yorkshire");
    }

    @Test
    void formerNamesFollowInTheOrderTheyWereUsedWithoutRepeatsOrTheCurrentName() {
        assertThat(AreaLabels.of(
                        "North East and North Cumbria",
                        "Cumbria and North East; north east and north cumbria; cumbria and north east"))
                .isEqualTo("North East and North Cumbria (formerly Cumbria and North East)");
        assertThat(AreaLabels.of("Humber and North Yorkshire", "Humber, Coast and Vale; Humber Coast and Vale ICS"))
                .isEqualTo("Humber and North Yorkshire (formerly Humber, Coast and Vale; Humber Coast and Vale ICS)");
    }

    @Test
    void aLongHistoryShowsTheLatestNamesAndCountsTheEarlierOnes() {
        assertThat(AreaLabels.of("E", "A; B; C; D")).isEqualTo("E (formerly B; C; D and 1 earlier name)");
    }
}
