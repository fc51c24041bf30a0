package org.qcommons.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.HostileInputs;

class TableDataTest {

    @Test
    void numbersStayNumbersAndFormulasAreDefused() throws IOException {
        TableData t = new TableData(
                List.of("Label", "Value"),
                List.of(List.of("=HYPERLINK(\"x\")", "-1.5"), List.of("@SUM(1)", "12"), List.of("Ward A, bay 2", "3")));
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(t.toCsv()))
                .getRecords();
        assertThat(records.get(0).get("Label")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(records.get(0).get("Value")).isEqualTo("-1.5");
        assertThat(records.get(1).get("Label")).isEqualTo("'@SUM(1)");
        assertThat(records.get(2).get("Label")).isEqualTo("Ward A, bay 2");
    }

    @Test
    void noHostileCellComesOutAsAFormulaAndEveryCellRoundTrips() throws IOException {
        for (String hostile : HostileInputs.all()) {
            String csv = new TableData(List.of("Cell"), List.of(List.of(hostile))).toCsv();
            CSVRecord record = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords()
                    .getFirst();
            String cell = record.get("Cell");
            if (!cell.isEmpty() && !cell.matches("-?\\d+(\\.\\d+)?")) {
                assertThat("=+-@\t\r".indexOf(cell.charAt(0))).as(hostile).isEqualTo(-1);
            }
            assertThat(cell).as("round trip").isIn(hostile, "'" + hostile);
        }
    }
}
