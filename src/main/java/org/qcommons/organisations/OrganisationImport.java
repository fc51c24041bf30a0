package org.qcommons.organisations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports organisations from the NHS Organisation Data Service's "etr" layout (no header: organisation code, name,
 * national grouping, high-level health geography, five address lines, postcode, open date, close date, ...) or from
 * the simple template (name, type, stp, ods_code, postcode). Every row is checked first; nothing is saved unless
 * the file is clean or the ADMIN asks for the valid rows only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class OrganisationImport {

    public enum Layout {
        ODS_ETR,
        TEMPLATE
    }

    public record Problem(long row, String problem) {}

    public record Report(int dataRows, List<Organisation> valid, List<Problem> problems) {
        public boolean clean() {
            return problems.isEmpty() && dataRows > 0;
        }
    }

    public static final String TEMPLATE =
            "name,type,stp,ods_code,postcode\n" + "Example Hospice,HOSPICE,Devon,,EX1 1AA\n";
    private static final DateTimeFormatter ODS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<String> UPPER = Set.of("NHS", "CIC", "UK", "GP", "ICB", "CCG", "LLP", "PCN");

    private final OrganisationRepository organisations;
    private final StpRepository stps;
    private final OrganisationAdministration admin;
    private final Clock clock;

    OrganisationImport(
            OrganisationRepository organisations, StpRepository stps, OrganisationAdministration admin, Clock clock) {
        this.organisations = organisations;
        this.stps = stps;
        this.admin = admin;
        this.clock = clock;
    }

    /**
     * Checks a file. For the ODS layout every row goes into the given area with the given type, since the file
     * names ICBs by code only.
     */
    public Report check(InputStream in, Layout layout, Stp area, OrganisationType type) {
        List<Organisation> valid = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        int rows = 0;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = layout == Layout.TEMPLATE
                    ? CSVFormat.DEFAULT
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .setTrim(true)
                            .get()
                    : CSVFormat.DEFAULT.builder().setTrim(true).get();
            for (CSVRecord r : format.parse(reader)) {
                rows++;
                long line = r.getRecordNumber() + (layout == Layout.TEMPLATE ? 1 : 0);
                int before = problems.size();
                Organisation o = layout == Layout.TEMPLATE
                        ? fromTemplate(r, line, problems)
                        : fromEtr(r, line, area, type, problems);
                if (o == null || problems.size() > before) {
                    continue;
                }
                if (!names.add(o.getName().toLowerCase(Locale.UK))
                        || organisations.findByNameIgnoreCase(o.getName()).isPresent()) {
                    problems.add(new Problem(line, "\"" + o.getName() + "\" already exists or is in the file twice"));
                } else if (o.getOdsCode() != null
                        && (!codes.add(o.getOdsCode())
                                || organisations.findByOdsCode(o.getOdsCode()).isPresent())) {
                    problems.add(new Problem(line, "The ODS code " + o.getOdsCode() + " is already used"));
                } else {
                    valid.add(o);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem(rows + 1, "The file could not be read as CSV"));
        }
        return new Report(rows, valid, problems);
    }

    @Transactional
    public int importRows(Report report, boolean validOnly) {
        if (!report.clean() && !validOnly) {
            throw new BusinessException("The file has problems. Fix them, or choose to import only the valid rows.");
        }
        report.valid().forEach(admin::save);
        return report.valid().size();
    }

    private Organisation fromEtr(CSVRecord r, long line, Stp area, OrganisationType type, List<Problem> problems) {
        if (area == null || type == null) {
            throw new BusinessException("Choose the ICS and the type for the organisations in this file.");
        }
        if (r.size() < 12) {
            problems.add(new Problem(line, "Expected the ODS layout: at least 12 columns, found " + r.size()));
            return null;
        }
        String code = r.get(0);
        if (!OdsCode.valid(code) || code.isBlank()) {
            problems.add(new Problem(line, "\"" + code + "\" is not an ODS code"));
        }
        String name = r.get(1);
        if (name.isBlank() || name.length() > 200) {
            problems.add(new Problem(line, "The name is missing or longer than 200 characters"));
        }
        String close = r.get(11);
        if (!close.isBlank()) {
            try {
                if (!LocalDate.parse(close, ODS_DATE).isAfter(LocalDate.now(clock))) {
                    problems.add(new Problem(
                            line,
                            "Closed on "
                                    + LocalDate.parse(close, ODS_DATE)
                                            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem(line, "The close date \"" + close + "\" is not a date like 20240331"));
            }
        }
        Organisation o = new Organisation(titleCase(name), type, area);
        o.setOdsCode(code);
        o.setPostcode(r.get(9));
        return o;
    }

    private Organisation fromTemplate(CSVRecord r, long line, List<Problem> problems) {
        String name = get(r, "name");
        if (name.isBlank() || name.length() > 200) {
            problems.add(new Problem(line, "The name is missing or longer than 200 characters"));
        }
        OrganisationType type = null;
        try {
            type = OrganisationType.valueOf(get(r, "type").toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(
                    line,
                    "Unknown type \"" + get(r, "type") + "\"; use one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(OrganisationType.values())
                                            .map(Enum::name)
                                            .toList())));
        }
        Stp stp = stps.findByNameIgnoreCase(get(r, "stp")).orElse(null);
        if (stp == null || stp.isRetired()) {
            problems.add(new Problem(line, "No current STP or ICS called \"" + get(r, "stp") + "\""));
        }
        String code = get(r, "ods_code");
        if (!OdsCode.valid(code)) {
            problems.add(new Problem(line, "\"" + code + "\" is not an ODS code"));
        }
        Organisation o = new Organisation(name, type, stp);
        o.setOdsCode(code);
        o.setPostcode(get(r, "postcode"));
        return o;
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    /** ODS publishes names in capitals; people read "North Bristol NHS Trust" more easily. */
    static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            String w = word.toUpperCase(Locale.UK);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (UPPER.contains(w)) {
                out.append(w);
            } else if (Set.of("AND", "OF", "THE", "FOR").contains(w) && !out.isEmpty()) {
                out.append(w.toLowerCase(Locale.UK));
            } else {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.UK));
            }
        }
        return out.toString();
    }
}
