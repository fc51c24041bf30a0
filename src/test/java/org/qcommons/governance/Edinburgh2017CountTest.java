package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qcommons.governance.StvCount.Paper;
import org.qcommons.governance.StvCount.Sheet;

/**
 * Real ballots counted under the same rules: the preference profiles the City of Edinburgh Council published for
 * its 2017 local government election (wards 1 to 5, in the BLT format, whitespace trimmed), against the
 * councillors the council declared elected in each ward. The candidates' names are replaced by their place on the
 * ballot paper (alphabetical, as on the paper), so that no real person's name is kept in the repository.
 */
class Edinburgh2017CountTest {

    @ParameterizedTest(name = "ward {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1;Candidate 2|Candidate 4|Candidate 9|Candidate 10",
                "2;Candidate 1|Candidate 3|Candidate 4|Candidate 6",
                "3;Candidate 1|Candidate 2|Candidate 3",
                "4;Candidate 1|Candidate 2|Candidate 3|Candidate 4",
                "5;Candidate 2|Candidate 5|Candidate 6|Candidate 7"
            })
    void theCountElectsTheCouncillorsTheCouncilDeclared(int ward, String declared) throws IOException {
        Profile p = read("/stv/edinburgh-2017/ward-" + ward + ".blt");

        Sheet sheet = StvCount.count(p.candidates(), p.seats(), p.papers(), 1);

        assertThat(sheet.validPapers())
                .isEqualTo(p.papers().stream().mapToLong(Paper::count).sum());
        assertThat(sheet.quota()).isEqualTo((sheet.validPapers() / (p.seats() + 1) + 1) * StvCount.SCALE);
        assertThat(Set.copyOf(sheet.elected())).isEqualTo(Set.of(declared.split("\\|")));
        assertThat(sheet.stages().getLast().elected()).isNotEmpty();
        assertThat(sheet.stages().stream().noneMatch(s -> s.note().contains("decided by lot")))
                .as("no lot needed in a real count of thousands")
                .isTrue();
    }

    record Profile(List<String> candidates, int seats, List<Paper> papers) {}

    /** BLT: "candidates seats", then "count pref pref ... 0" lines, a "0", then the quoted names and the title. */
    static Profile read(String resource) throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(
                Edinburgh2017CountTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            int[] head = Arrays.stream(in.readLine().trim().split("\\s+"))
                    .mapToInt(Integer::parseInt)
                    .toArray();
            List<int[]> rows = new ArrayList<>();
            for (String line = in.readLine(); !line.trim().equals("0"); line = in.readLine()) {
                rows.add(Arrays.stream(line.trim().split("\\s+"))
                        .mapToInt(Integer::parseInt)
                        .toArray());
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < head[0]; i++) {
                String quoted = in.readLine().trim();
                names.add(quoted.substring(1, quoted.length() - 1));
            }
            List<Paper> papers = rows.stream()
                    .map(r -> new Paper(
                            Arrays.stream(r, 1, r.length - 1)
                                    .mapToObj(i -> names.get(i - 1))
                                    .collect(Collectors.toList()),
                            r[0]))
                    .toList();
            return new Profile(names, head[1], papers);
        }
    }
}
