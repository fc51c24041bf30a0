package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** The message bundle's words, with English plural rules and UK number grouping. */
class WordsTest {

    @Test
    void oneIsSingularAndEveryOtherNumberPlural() {
        assertThat(Words.get("exchange.daysNeeded", 1)).isEqualTo("1 day needed");
        assertThat(Words.get("exchange.daysNeeded", 0)).isEqualTo("0 days needed");
        assertThat(Words.get("exchange.daysNeeded", 2)).isEqualTo("2 days needed");
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
        assertThat(Words.get("exchange.daysLogged", 12_345)).isEqualTo("12,345 days logged");
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
        for (String key : Words.of("words").keys()) {
            assertThat(Words.get(key, 2, 2, 2, 2)).as(key).isNotBlank().doesNotContain("{");
        }
    }

    @Test
    void aMissingKeyFailsLoudlyRatherThanShowingTheKey() {
        assertThatThrownBy(() -> Words.get("no.such.key"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no.such.key")
                .hasMessageContaining("messages/words.properties");
    }

    @Test
    void apostrophesNeedNoEscapingInPlainText() {
        assertThat(Words.of("governance").text("concern.profile.button"))
                .isEqualTo("Raise a concern about this member's conduct");
    }
}
