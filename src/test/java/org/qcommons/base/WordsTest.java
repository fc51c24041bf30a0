package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The message bundle's words, with English plural rules and UK number grouping. */
class WordsTest {

    @Test
    void oneIsSingularAndEveryOtherNumberPlural() {
        assertThat(Words.get("rows", 1)).isEqualTo("1 row");
        assertThat(Words.get("rows", 0)).isEqualTo("0 rows");
        assertThat(Words.get("rows", 2)).isEqualTo("2 rows");
        assertThat(Words.get("cohort.send", 1)).isEqualTo("Send 1 proposal?");
        assertThat(Words.get("cohort.send", 12)).isEqualTo("Send 12 proposals?");
        assertThat(Words.get("exchange.daysAgreed", 1)).isEqualTo("1 day agreed");
        assertThat(Words.get("exchange.daysNeeded", 3)).isEqualTo("3 days needed");
        assertThat(Words.get("cohort.sent", 1)).isEqualTo("1 proposal sent.");
        assertThat(Words.get("buddy.stars", 1, 7)).isEqualTo("1 star: 7");
    }

    @Test
    void aButtonWithNothingChosenSaysWhatItWillDo() {
        assertThat(Words.get("cohort.sendSelected", 0)).isEqualTo("Send selected proposals");
        assertThat(Words.get("cohort.sendSelected", 1)).isEqualTo("Send 1 proposal");
        assertThat(Words.get("cohort.sendSelected", 4)).isEqualTo("Send 4 proposals");
    }

    @Test
    void largeNumbersAreGroupedTheUkWay() {
        assertThat(Words.get("rows", 12_345)).isEqualTo("12,345 rows");
    }

    @Test
    void noneHasItsOwnWords() {
        assertThat(Words.get("buddy.checkIns", 0))
                .isEqualTo("No check-ins recorded yet. Their notes are private to the pair.");
        assertThat(Words.get("buddy.checkIns", 1))
                .isEqualTo("1 check-in recorded. Their notes are private to the pair.");
    }

    @Test
    void theImportSummaryCountsEachPartInItsOwnNumber() {
        assertThat(Words.get("import.summary", "projects.csv", 3, 1, 1))
                .isEqualTo("projects.csv: 3 rows, 1 problem in 1 row.");
    }

    @Test
    void everyEntryFormats() {
        for (String key : Words.keys()) {
            assertThat(Words.get(key, 2, 2, 2, 2)).as(key).isNotBlank().doesNotContain("{");
        }
    }
}
