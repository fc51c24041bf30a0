package org.qcommons.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.qcommons.base.BusinessException;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.MemberService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects in and out as CSV, the way an AHSN keeps them in a spreadsheet. Import checks every row before
 * writing anything: a file with problems imports nothing unless the ADMIN explicitly asks for the valid rows only.
 */
@Service
@Transactional(readOnly = true)
public class ProjectCsvService {

    /** The documented columns, in template order. Lists inside a cell are separated by semicolons. */
    public static final List<String> COLUMNS = List.of(
            "title",
            "summary",
            "aims",
            "status",
            "start_date",
            "end_date",
            "region",
            "stp",
            "lead_email",
            "team",
            "partners",
            "conditions",
            "issues",
            "methods",
            "q_exchange_round",
            "outcomes",
            "learning",
            "links",
            "visibility");

    public static final Map<String, String> COLUMN_HELP = Map.ofEntries(
            Map.entry("title", "Required, up to 200 characters"),
            Map.entry("summary", "Required, up to 4,000 characters"),
            Map.entry("aims", "Optional"),
            Map.entry("status", "idea, planning, active, sustaining, completed or stopped"),
            Map.entry("start_date", "Required, YYYY-MM-DD"),
            Map.entry("end_date", "Optional, YYYY-MM-DD, not before the start date"),
            Map.entry("region", "Optional: the lead's region if empty; a region name as listed in Q Commons"),
            Map.entry("stp", "Optional: the lead's STP if empty; must be in the region"),
            Map.entry("lead_email", "Required: the email of an existing member"),
            Map.entry("team", "Optional: email:role;email:role"),
            Map.entry("partners", "Optional: organisation names separated by ;"),
            Map.entry("conditions", "Optional: condition topic names separated by ;"),
            Map.entry("issues", "Optional: issue topic names separated by ;"),
            Map.entry("methods", "Optional: QI method names separated by ;"),
            Map.entry("q_exchange_round", "Optional: the Q Exchange round that funded it, e.g. 2018"),
            Map.entry("outcomes", "Optional"),
            Map.entry("learning", "Optional"),
            Map.entry("links", "Optional: https:// addresses separated by ;"),
            Map.entry("visibility", "public (default) or members"));
    static final int MAX_ROWS = 5000;

    private final RegisterSearch register;
    private final ProjectRecords records;
    private final ProjectTaxonomy taxonomy;
    private final OrganisationService organisations;
    private final MemberService members;

    ProjectCsvService(
            RegisterSearch register,
            ProjectRecords records,
            ProjectTaxonomy taxonomy,
            OrganisationService organisations,
            MemberService members) {
        this.register = register;
        this.records = records;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.members = members;
    }

    // ---- export -----------------------------------------------------------------------------------------

    /** The current search, as the user may see it, as CSV. Formula-like cells are neutralised. */
    @PreAuthorize("permitAll()")
    public void export(RegisterQuery query, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\ufeff');
            CSVPrinter printer = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(
                            "id",
                            "title",
                            "status",
                            "start_date",
                            "region",
                            "stp",
                            "lead",
                            "topics",
                            "methods",
                            "visibility")
                    .get()
                    .print(w);
            int offset = 0;
            while (offset < 10_000) {
                List<ProjectHit> page = register.exportPage(query, offset, 200).hits();
                for (ProjectHit h : page) {
                    printer.printRecord(
                            h.id(),
                            safe(h.title()),
                            h.status().label(),
                            h.startDate(),
                            safe(h.regionName()),
                            safe(h.stpName()),
                            safe(h.leadName()),
                            safe(String.join("; ", h.topics())),
                            safe(String.join("; ", h.methods())),
                            h.visibility().label());
                }
                if (page.size() < 200) break;
                offset += 200;
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spreadsheets run cells that start with = + - @ (or tab/CR) as formulas; a leading apostrophe stops that. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    @PreAuthorize("permitAll()")
    public String template() {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        sb.append(
                "Reducing falls in care homes,\"Strength and balance work with care home staff.\",Fewer falls with harm,"
                        + "active,2024-04-01,,West of England,\"Bristol, North Somerset and South Gloucestershire\","
                        + "member@qcommons.test,patient@qcommons.test:Patient partner,North Bristol NHS Trust,Falls;Frailty,"
                        + "Patient safety,PDSA;Measurement for improvement / SPC,,,,https://example.org/falls,public\r\n");
        return sb.toString();
    }

    // ---- import -----------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    public CsvImportReport check(InputStream in) {
        return parse(in).report();
    }

    /**
     * Imports the file. If it has problems, nothing is imported unless {@code onlyValidRows} is true, in which
     * case exactly the rows without problems are. Returns how many projects were created.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int importProjects(InputStream in, boolean onlyValidRows) {
        Parsed parsed = parse(in);
        CsvImportReport report = parsed.report();
        if (report.dataRows() == 0) {
            throw new BusinessException("The file has no project rows.");
        }
        if (!report.clean() && !onlyValidRows) {
            throw new BusinessException("The file has " + report.problems().size()
                    + " problems, so nothing was imported. Fix them, or choose to import only the valid rows.");
        }
        parsed.valid().forEach(records::createFor);
        return parsed.valid().size();
    }

    private record Parsed(int rows, List<Project> valid, List<CsvProblem> problems) {
        CsvImportReport report() {
            return new CsvImportReport(rows, valid.size(), problems);
        }
    }

    private Parsed parse(InputStream in) {
        List<CsvProblem> problems = new ArrayList<>();
        List<Project> valid = new ArrayList<>();
        CsvRowReader.Lookups lookups = new CsvRowReader.Lookups(
                organisations.regions(),
                organisations.stps(),
                organisations.organisations(),
                taxonomy.topics(),
                taxonomy.methods(),
                members::activeByEmail);
        int rows = 0;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .setIgnoreHeaderCase(true)
                        .get()
                        .parse(reader)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\ufeff", "").trim().toLowerCase(Locale.ROOT))
                    .toList();
            for (String required : List.of("title", "summary", "status", "start_date", "lead_email")) {
                if (!header.contains(required)) {
                    problems.add(new CsvProblem(
                            1, required, "The column is missing. Download the template to see every column."));
                }
            }
            for (String h : header) {
                if (!COLUMNS.contains(h)) {
                    problems.add(
                            new CsvProblem(1, h, "Unknown column. The columns are: " + String.join(", ", COLUMNS)));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(0, List.of(), problems);
            }
            for (CSVRecord record : parser) {
                rows++;
                if (rows > MAX_ROWS) {
                    problems.add(new CsvProblem(
                            (int) record.getRecordNumber() + 1, "", "Files are limited to " + MAX_ROWS + " rows."));
                    break;
                }
                int rowNumber = (int) record.getRecordNumber() + 1;
                CsvRowReader row = new CsvRowReader(record, rowNumber, lookups);
                Project p = row.read();
                if (row.problems().isEmpty()) {
                    valid.add(p);
                } else {
                    problems.addAll(row.problems());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new CsvProblem(rows + 2, "", "The file could not be read as CSV: " + e.getMessage()));
            return new Parsed(rows, List.of(), problems);
        }
        return new Parsed(rows, valid, problems);
    }
}
