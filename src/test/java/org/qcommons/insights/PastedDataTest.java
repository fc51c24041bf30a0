package org.qcommons.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.HostileInputs;

class PastedDataTest {

    @Test
    void tabSeparatedFromASpreadsheetWithAHeader() {
        PastedData p = PastedData.parse("Month\tAdmissions\n2024-01-31\t42\n2024-02-29\t39.5\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows())
                .extracting(PastedData.Row::date)
                .containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29));
        assertThat(p.rows()).extracting(PastedData.Row::value).containsExactly(42.0, 39.5);
        assertThat(p.rows().getFirst().line()).isEqualTo(2);
    }

    @Test
    void csvWithUkAndMonthDatesAndPercentages() {
        PastedData p = PastedData.parse("31/01/2024, 42%\nFeb 2024,40\n\"Sep 2024\",\"41\"\nSept 2024,1\n2024-10,3");
        assertThat(p.problems()).extracting(PastedData.Problem::line).containsExactly(4);
        assertThat(p.rows())
                .extracting(PastedData.Row::date)
                .containsExactly(
                        LocalDate.of(2024, 1, 31),
                        LocalDate.of(2024, 2, 1),
                        LocalDate.of(2024, 9, 1),
                        LocalDate.of(2024, 10, 1));
        assertThat(p.problems().getFirst().message()).contains("appears more than once");
    }

    @Test
    void badRowsAreReportedByLineAndKeptForCorrection() {
        String text = "2024-01-01,10\n2024-02-30,11\n2024-03-01,eleven\n\n2024-04-01\n2024-05-01,12,13\n2024-06-01,14";
        PastedData p = PastedData.parse(text);
        assertThat(p.rows()).hasSize(2);
        assertThat(p.problems()).extracting(PastedData.Problem::line).containsExactly(2, 3, 5, 6);
        assertThat(p.problems().get(0).toString())
                .isEqualTo("Line 2: \"2024-02-30\" is not a date: use 2024-01-31, 31/01/2024 or Jan 2024");
        assertThat(p.problems().get(1).toString()).isEqualTo("Line 3: \"eleven\" is not a number");
        assertThat(p.problems().get(2).message()).contains("two columns");
        assertThat(p.rejectedText()).isEqualTo("2024-02-30,11\n2024-03-01,eleven\n2024-04-01\n2024-05-01,12,13");
    }

    @Test
    void onlyTheFirstLineMayBeAHeader() {
        PastedData p = PastedData.parse("2024-01-01,1\nDate,Value");
        assertThat(p.rows()).hasSize(1);
        assertThat(p.problems()).extracting(PastedData.Problem::line).containsExactly(2);
    }

    @Test
    void emptyInputGivesNothing() {
        assertThat(PastedData.parse("").rows()).isEmpty();
        assertThat(PastedData.parse(null).problems()).isEmpty();
    }

    @Test
    void hostileTextIsReportedByLineNeverThrown() {
        for (String hostile : HostileInputs.all()) {
            PastedData asDate = PastedData.parse(hostile + ",12");
            PastedData asValue = PastedData.parse("2024-01-01," + hostile);
            assertThat(asDate.rows())
                    .as(hostile)
                    .allSatisfy(r -> assertThat(r.value()).isEqualTo(12.0));
            assertThat(asValue.rows())
                    .as(hostile)
                    .allSatisfy(r -> assertThat(r.value()).isFinite());
            int lines = ("2024-01-01," + hostile).split("\\R", -1).length;
            assertThat(asValue.rows().size() + asValue.problems().size())
                    .as(hostile)
                    .isLessThanOrEqualTo(lines);
        }
    }
}
