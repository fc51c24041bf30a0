package org.qcommons.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.qcommons.base.BusinessException;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
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
    public static final List<String> COLUMNS = List.of("title", "summary", "aims", "status", "start_date",
            "end_date", "region", "stp", "lead_email", "team", "partners", "conditions", "issues", "methods",
            "q_exchange_round", "outcomes", "learning", "links", "visibility");
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

    private final ProjectService projects;
    private final OrganisationService organisations;

    ProjectCsvService(ProjectService projects, OrganisationService organisations) {
        this.projects = projects;
        this.organisations = organisations;
    }

    // ---- export -----------------------------------------------------------------------------------------

    /** The current search, as the user may see it, as CSV. Formula-like cells are neutralised. */
    @PreAuthorize("permitAll()")
    public void export(ProjectCriteria criteria, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\ufeff');
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("id", "title", "status", "start_date", "region",
                    "stp", "lead", "topics", "methods", "visibility").get().print(w);
            int offset = 0;
            while (offset < 10_000) {
                List<ProjectHit> page = projects.search(criteria, offset, 200);
                for (ProjectHit h : page) {
                    printer.printRecord(h.id(), safe(h.title()), h.status().label(), h.startDate(), safe(h.regionName()),
                            safe(h.stpName()), safe(h.leadName()), safe(String.join("; ", h.topics())),
                            safe(String.join("; ", h.methods())), h.visibility().label());
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
        sb.append("Reducing falls in care homes,\"Strength and balance work with care home staff.\",Fewer falls with harm,"
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
        parsed.valid().forEach(projects::createFor);
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
        Lookups lookups = new Lookups();
        int rows = 0;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\ufeff", "").trim().toLowerCase(Locale.ROOT)).toList();
            for (String required : List.of("title", "summary", "status", "start_date", "lead_email")) {
                if (!header.contains(required)) {
                    problems.add(new CsvProblem(1, required, "The column is missing. Download the template to see every column."));
                }
            }
            for (String h : header) {
                if (!COLUMNS.contains(h)) {
                    problems.add(new CsvProblem(1, h, "Unknown column. The columns are: " + String.join(", ", COLUMNS)));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(0, List.of(), problems);
            }
            for (CSVRecord record : parser) {
                rows++;
                if (rows > MAX_ROWS) {
                    problems.add(new CsvProblem((int) record.getRecordNumber() + 1, "", "Files are limited to " + MAX_ROWS + " rows."));
                    break;
                }
                int rowNumber = (int) record.getRecordNumber() + 1;
                RowReader row = new RowReader(record, rowNumber, lookups);
                Project p = row.read();
                if (row.problems.isEmpty()) {
                    valid.add(p);
                } else {
                    problems.addAll(row.problems);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new CsvProblem(rows + 2, "", "The file could not be read as CSV: " + e.getMessage()));
            return new Parsed(rows, List.of(), problems);
        }
        return new Parsed(rows, valid, problems);
    }

    /** Reference data, read once per file. */
    private class Lookups {
        final Map<String, Region> regions = byName(organisations.regions(), Region::getName);
        final Map<String, Stp> stps = byName(organisations.stps(), Stp::getName);
        final Map<String, Organisation> orgs = byName(organisations.organisations(), Organisation::getName);
        final Map<String, Topic> topics = byName(projects.topics(), Topic::getName);
        final Map<String, QiMethod> methods = byName(projects.methods(), QiMethod::getName);

        Optional<Member> member(String email) {
            return projects.activeMemberByEmail(email);
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(i -> name.apply(i).toLowerCase(Locale.ROOT), i -> i, (a, b) -> a));
    }

    private static final class RowReader {
        final CSVRecord record;
        final int row;
        final Lookups lookups;
        final List<CsvProblem> problems = new ArrayList<>();

        RowReader(CSVRecord record, int row, Lookups lookups) {
            this.record = record;
            this.row = row;
            this.lookups = lookups;
        }

        Project read() {
            String title = text("title", 200, true);
            Member lead = null;
            String email = get("lead_email");
            if (email.isEmpty()) {
                problem("lead_email", "Give the lead's email address.");
            } else {
                lead = lookups.member(email).orElse(null);
                if (lead == null) problem("lead_email", "No active member has the email " + email + ".");
            }
            Project p = new Project(title, lead);
            p.setSummary(text("summary", 4000, true));
            p.setAims(text("aims", 4000, false));
            p.setOutcomes(text("outcomes", 4000, false));
            p.setLearning(text("learning", 4000, false));
            String status = get("status");
            Arrays.stream(ProjectStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                    .ifPresentOrElse(p::setStatus, () -> problem("status",
                            (status.isEmpty() ? "Give a status" : "\"" + status + "\" is not a status")
                                    + ": use idea, planning, active, sustaining, completed or stopped."));
            p.setStartDate(date("start_date", true));
            p.setEndDate(date("end_date", false));
            if (!p.isDatesInOrder()) problem("end_date", "The end date is before the start date.");
            placeOf(p, lead);
            p.setTeam(team());
            p.setPartners(names("partners", lookups.orgs, "organisation"));
            Set<Topic> topics = new LinkedHashSet<>(names("conditions", lookups.topics, "condition"));
            topics.forEach(t -> { if (t.getKind() != TopicKind.CONDITION) problem("conditions", t.getName() + " is an issue, not a condition."); });
            Set<Topic> issues = names("issues", lookups.topics, "issue");
            issues.forEach(t -> { if (t.getKind() != TopicKind.ISSUE) problem("issues", t.getName() + " is a condition, not an issue."); });
            topics.addAll(issues);
            p.setTopics(topics);
            p.setMethods(names("methods", lookups.methods, "QI method"));
            String round = text("q_exchange_round", 40, false);
            p.setQExchangeFunded(round != null);
            p.setQExchangeRound(round);
            p.setLinks(links());
            String visibility = get("visibility");
            if (visibility.isEmpty() || visibility.equalsIgnoreCase("public")) {
                p.setVisibility(Visibility.PUBLIC);
            } else if (visibility.equalsIgnoreCase("members")) {
                p.setVisibility(Visibility.MEMBERS);
            } else {
                problem("visibility", "Use public or members.");
            }
            if (lead != null && p.getTeam().stream().anyMatch(t -> t.getMember().getId().equals(p.getLead().getId()))) {
                problem("team", "The lead is listed on the team too.");
            }
            return p;
        }

        private void placeOf(Project p, Member lead) {
            String regionName = get("region");
            String stpName = get("stp");
            Region region = regionName.isEmpty() ? null : lookups.regions.get(regionName.toLowerCase(Locale.ROOT));
            Stp stp = stpName.isEmpty() ? null : lookups.stps.get(stpName.toLowerCase(Locale.ROOT));
            if (!regionName.isEmpty() && region == null) problem("region", "Unknown region \"" + regionName + "\".");
            if (!stpName.isEmpty() && stp == null) problem("stp", "Unknown STP \"" + stpName + "\".");
            if (stp == null && stpName.isEmpty() && lead != null) stp = lead.getStp();
            if (region == null && regionName.isEmpty() && stp != null) region = stp.getRegion();
            if (stp != null && region != null && !stp.getRegion().getId().equals(region.getId())) {
                problem("stp", stp.getName() + " is not in " + region.getName() + ".");
            }
            if ((stp == null || region == null) && problems.stream().noneMatch(x -> x.column().equals("stp") || x.column().equals("region") || x.column().equals("lead_email"))) {
                problem("stp", "Give the region and STP: the lead has none on their profile.");
            }
            p.setRegion(region);
            p.setStp(stp);
        }

        private Set<TeamMembership> team() {
            Set<TeamMembership> team = new LinkedHashSet<>();
            for (String part : list("team")) {
                int colon = part.indexOf(':');
                String email = (colon < 0 ? part : part.substring(0, colon)).trim();
                String role = colon < 0 ? "Team member" : part.substring(colon + 1).trim();
                if (role.isEmpty() || role.length() > 80) {
                    problem("team", "Give each team member a role of up to 80 characters, like " + email + ":Data analyst.");
                    continue;
                }
                lookups.member(email).ifPresentOrElse(m -> team.add(new TeamMembership(m, role)),
                        () -> problem("team", "No active member has the email " + email + "."));
            }
            return team;
        }

        private List<ProjectLink> links() {
            List<ProjectLink> links = new ArrayList<>();
            for (String url : list("links")) {
                try {
                    URI uri = URI.create(url);
                    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                        throw new IllegalArgumentException();
                    }
                    if (url.length() > 500) throw new IllegalArgumentException();
                    links.add(new ProjectLink(uri.getHost(), url));
                } catch (IllegalArgumentException e) {
                    problem("links", "\"" + url + "\" is not a web address starting with https://.");
                }
            }
            return links;
        }

        private <T> Set<T> names(String column, Map<String, T> known, String what) {
            Set<T> result = new LinkedHashSet<>();
            for (String name : list(column)) {
                T item = known.get(name.toLowerCase(Locale.ROOT));
                if (item == null) {
                    problem(column, "Unknown " + what + " \"" + name + "\".");
                } else {
                    result.add(item);
                }
            }
            return result;
        }

        private List<String> list(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of() : Arrays.stream(v.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        private LocalDate date(String column, boolean required) {
            String v = get(column);
            if (v.isEmpty()) {
                if (required) problem(column, "Give a date as YYYY-MM-DD.");
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problem(column, "\"" + v + "\" is not a date as YYYY-MM-DD.");
                return null;
            }
        }

        private String text(String column, int max, boolean required) {
            String v = get(column);
            if (v.isEmpty()) {
                if (required) problem(column, "This is required.");
                return null;
            }
            if (v.length() > max) problem(column, "Use " + max + " characters or fewer (this has " + v.length() + ").");
            return v;
        }

        private String get(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
        }

        private void problem(String column, String message) {
            problems.add(new CsvProblem(row, column, message));
        }
    }
}
