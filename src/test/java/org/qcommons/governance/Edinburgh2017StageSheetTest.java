package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.governance.StvCount.Sheet;
import org.qcommons.governance.StvCount.Stage;
import org.qcommons.governance.StvCount.StageKind;

/**
 * The City of Edinburgh Council's 2017 ballots (wards 1 to 5, see {@link Edinburgh2017CountTest}) counted stage by
 * stage against the council's own count sheets: the quota, the valid poll, and every candidate's total at the end
 * of every stage to five decimal places, with what each stage transferred and who it elected, in order.
 *
 * <p>Source of the figures: the council's published results for each ward (valid poll, quota and, per stage, each
 * candidate's transfers and total), as transcribed on results night into the #council17 open-data project,
 * repository gerrymulvenna/council17, files {@code 2017/SCO/city-of-edinburgh/S13002919/ResultsJson.json} (Almond)
 * to {@code S13002923/ResultsJson.json} (Inverleith). Almond's stages of election (Lang 1, Young 2, Hutchison 3,
 * Work 10) and its 14,336 votes cast agree with The Edinburgh Reporter's summary
 * (theedinburghreporter.co.uk/2022/05/council-elections-2022-the-results-ward-1-almond-ward/).
 *
 * <p>Each sheet below has one line per stage: the stage number, what it did ({@code first}, {@code surplus N} or
 * {@code exclusion N}, N being the candidate's place on the ballot paper), the totals at its end in ballot order,
 * and the candidates it elected, largest total first. A candidate excluded at the end of stage N has their papers
 * transferred at stage N + 1, which is where the council's sheet shows the transfer and where this one names them.
 */
class Edinburgh2017StageSheetTest {

    /** Ward 1, Almond: four surpluses and six exclusions over ten stages; Work is elected at the last. */
    @Test
    void almond() throws IOException {
        assertCountMatches(1, """
                quota 2842, valid 14207
                1 first | 99.00000 2395.00000 68.00000 6079.00000 56.00000 375.00000 1240.00000 786.00000 1971.00000 1138.00000 | elected 4
                2 surplus 4 | 112.84448 2727.80000 78.64960 2842.00000 68.77952 430.37792 1285.79328 868.53440 2054.59936 3652.90304 | elected 10
                3 surplus 10 | 118.77174 2995.20116 85.42152 2842.00000 89.07802 495.07024 1305.99084 966.00526 2105.59490 2842.00000 | elected 2
                4 surplus 2 | 123.46495 2842.00000 100.36583 2842.00000 101.69775 502.04986 1308.58395 984.64241 2108.27576 2842.00000
                5 exclusion 3 | 134.04779 2842.00000 0.00000 2842.00000 120.02266 509.77452 1321.62385 995.72368 2110.83547 2842.00000
                6 exclusion 5 | 138.92441 2842.00000 0.00000 2842.00000 0.00000 537.25106 1326.06421 1014.74685 2117.29025 2842.00000
                7 exclusion 1 | 0.00000 2842.00000 0.00000 2842.00000 0.00000 558.00493 1342.59669 1037.63616 2123.30834 2842.00000
                8 exclusion 6 | 0.00000 2842.00000 0.00000 2842.00000 0.00000 0.00000 1485.08781 1167.34097 2225.03865 2842.00000
                9 exclusion 8 | 0.00000 2842.00000 0.00000 2842.00000 0.00000 0.00000 1691.38006 0.00000 2387.69036 2842.00000
                10 exclusion 7 | 0.00000 2842.00000 0.00000 2842.00000 0.00000 0.00000 0.00000 0.00000 3744.20084 2842.00000 | elected 9
                """);
    }

    /**
     * Ward 2, Pentland Hills: three elected at the first stage; the largest surplus (Bruce's 819) elects the fourth,
     * and the two smaller surpluses are never transferred because no vacancy is left.
     */
    @Test
    void pentlandHills() throws IOException {
        assertCountMatches(2, """
                quota 2264, valid 11315
                1 first | 3083.00000 560.00000 2382.00000 2334.00000 880.00000 1587.00000 489.00000 | elected 1 3 4
                2 surplus 1 | 2264.00000 607.81700 2382.00000 2334.00000 887.96950 2293.89465 499.36035 | elected 6
                """);
    }

    /** Ward 3, Drum Brae / Gyle: two elected at the first stage; Aldridge's surplus of 807 elects Brown. */
    @Test
    void drumBraeGyle() throws IOException {
        assertCountMatches(3, """
                quota 2369, valid 9474
                1 first | 3176.00000 2541.00000 2084.00000 1262.00000 411.00000 | elected 1 2
                2 surplus 1 | 2369.00000 2541.00000 2411.26792 1483.31239 521.02097 | elected 3
                """);
    }

    /**
     * Ward 4, Forth: surpluses and exclusions interleave (rule 50 excludes only when no surplus is waiting), and
     * papers carry fractional values from one transfer into the next.
     */
    @Test
    void forth() throws IOException {
        assertCountMatches(4, """
                quota 2080, valid 10399
                1 first | 1866.00000 2951.00000 1579.00000 1390.00000 1039.00000 577.00000 185.00000 812.00000 | elected 2
                2 surplus 2 | 1879.28175 2080.00000 1710.34175 1402.10115 1085.92885 623.33855 269.70805 1073.50290
                3 exclusion 7 | 1894.28175 2080.00000 1731.13020 1421.57690 1130.42215 651.53670 0.00000 1149.83730
                4 exclusion 6 | 1917.57690 2080.00000 2157.28400 1457.16720 1165.60275 0.00000 0.00000 1200.64330 | elected 3
                5 surplus 3 | 1923.63283 2080.00000 2080.00000 1463.52261 1178.99474 0.00000 0.00000 1220.10945
                6 exclusion 5 | 2313.12955 2080.00000 2080.00000 1638.61078 0.00000 0.00000 0.00000 1572.95213 | elected 1
                7 surplus 1 | 2080.00000 2080.00000 2080.00000 1836.93916 0.00000 0.00000 0.00000 1582.42780
                8 exclusion 8 | 2080.00000 2080.00000 2080.00000 2207.76871 0.00000 0.00000 0.00000 0.00000 | elected 4
                """);
    }

    /**
     * Ward 5, Inverleith: nobody reaches the quota at first; three exclusions then elect three at once, whose
     * surpluses go largest first (rule 49: Osler 156, Mitchell 126, Barrie 97) before the last exclusion.
     */
    @Test
    void inverleith() throws IOException {
        assertCountMatches(5, """
                quota 2714, valid 13567
                1 first | 1669.00000 2572.00000 1678.00000 32.00000 2685.00000 2251.00000 2323.00000 357.00000
                2 exclusion 4 | 1674.00000 2576.00000 1681.00000 0.00000 2691.00000 2253.00000 2325.00000 362.00000
                3 exclusion 8 | 1748.00000 2611.00000 1704.00000 0.00000 2707.00000 2388.00000 2371.00000 0.00000
                4 exclusion 3 | 2182.00000 2811.00000 0.00000 0.00000 2840.00000 2870.00000 2411.00000 0.00000 | elected 6 5 2
                5 surplus 6 | 2244.55685 2811.00000 0.00000 0.00000 2840.00000 2714.00000 2459.09975 0.00000
                6 surplus 5 | 2248.01693 2811.00000 0.00000 0.00000 2714.00000 2714.00000 2571.24183 0.00000
                7 surplus 2 | 2316.43043 2714.00000 0.00000 0.00000 2714.00000 2714.00000 2573.89833 0.00000
                8 exclusion 1 | 0.00000 2714.00000 0.00000 0.00000 2714.00000 2714.00000 3103.27939 0.00000 | elected 7
                """);
    }

    private static void assertCountMatches(int ward, String published) throws IOException {
        Edinburgh2017CountTest.Profile p = Edinburgh2017CountTest.read("/stv/edinburgh-2017/ward-" + ward + ".blt");
        Sheet sheet = StvCount.count(p.candidates(), p.seats(), p.papers(), 1);
        List<String> lines = published.lines().toList();
        String[] head = lines.getFirst().split("[ ,]+");

        assertThat(sheet.quota()).as("quota").isEqualTo(Long.parseLong(head[1]) * StvCount.SCALE);
        assertThat(sheet.validPapers()).as("valid poll").isEqualTo(Long.parseLong(head[3]));
        assertThat(sheet.stages()).as("stages").hasSize(lines.size() - 1);

        List<String> electedInOrder = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\s*\\|\\s*");
            String[] what = parts[0].split(" ");
            Stage stage = sheet.stages().get(i - 1);
            String at = "ward " + ward + " stage " + what[0];

            assertThat(stage.number()).as(at).isEqualTo(Integer.parseInt(what[0]));
            assertThat(stage.kind()).as(at + " kind").isEqualTo(kind(what[1]));
            assertThat(stage.subject()).as(at + " subject").isEqualTo(what.length > 2 ? candidate(what[2]) : null);
            assertThat(stage.excluded())
                    .as(at + " excluded")
                    .isEqualTo(stage.kind() == StageKind.EXCLUSION ? List.of(stage.subject()) : List.of());
            assertThat(p.candidates().stream()
                            .map(c -> Sheet.votes(stage.totals().get(c)))
                            .toList())
                    .as(at + " totals")
                    .containsExactly(parts[1].split(" "));
            List<String> elected = parts.length > 2
                    ? Arrays.stream(parts[2].split(" "))
                            .skip(1)
                            .map(Edinburgh2017StageSheetTest::candidate)
                            .toList()
                    : List.of();
            assertThat(stage.elected()).as(at + " elected").containsExactlyElementsOf(elected);
            electedInOrder.addAll(elected);
        }
        assertThat(sheet.elected()).containsExactlyElementsOf(electedInOrder);
    }

    private static StageKind kind(String word) {
        return switch (word) {
            case "first" -> StageKind.FIRST_PREFERENCES;
            case "surplus" -> StageKind.SURPLUS;
            case "exclusion" -> StageKind.EXCLUSION;
            default -> throw new IllegalArgumentException(word);
        };
    }

    private static String candidate(String place) {
        return "Candidate " + place;
    }
}
