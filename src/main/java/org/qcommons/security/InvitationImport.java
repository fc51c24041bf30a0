package org.qcommons.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.qcommons.base.BusinessException;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.MemberService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk invitations from the AHSN's list: a CSV of names, emails and organisations, checked row by row like the
 * project and organisation imports. Nothing is sent until the file is clean, unless the ADMIN chooses the valid rows;
 * each invitee then gets the same emailed link as a single invitation, through the mail outbox.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class InvitationImport {

    public static final String TEMPLATE =
            "name,email,organisation\n" + "Alex Example,alex.example@nhs.net,North Bristol NHS Trust\n";
    static final int MAX_ROWS = 2_000;
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public record Invitee(long row, String name, String email, Organisation organisation) {}

    public record Problem(long row, String problem) {}

    public record Report(int dataRows, List<Invitee> valid, List<Problem> problems) {
        public boolean clean() {
            return problems.isEmpty() && !valid.isEmpty();
        }
    }

    private final Invitations invitations;
    private final OrganisationService organisations;
    private final MemberService members;
    private final UserAccountRepository accounts;

    InvitationImport(
            Invitations invitations,
            OrganisationService organisations,
            MemberService members,
            UserAccountRepository accounts) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.members = members;
        this.accounts = accounts;
    }

    public Report check(InputStream in) {
        Map<String, Organisation> byName = organisations.currentOrganisations().stream()
                .collect(Collectors.toMap(o -> o.getName().toLowerCase(Locale.UK), Function.identity(), (a, b) -> a));
        List<Invitee> valid = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        int rows = 0;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .setIgnoreEmptyLines(true)
                    .get();
            for (CSVRecord r : format.parse(reader)) {
                rows++;
                long line = r.getRecordNumber() + 1;
                if (rows > MAX_ROWS) {
                    problems.add(new Problem(line, "Send at most " + MAX_ROWS + " invitations in one file"));
                    break;
                }
                int before = problems.size();
                String name = get(r, "name");
                String email = get(r, "email");
                String orgName = get(r, "organisation");
                if (name.isBlank() || name.length() > 200) {
                    problems.add(new Problem(line, "The name is missing or longer than 200 characters"));
                }
                if (!email.matches(EMAIL)) {
                    problems.add(new Problem(line, "\"" + email + "\" is not an email address like name@nhs.net"));
                } else if (!emails.add(email.toLowerCase(Locale.UK))) {
                    problems.add(new Problem(line, email + " is in the file twice"));
                } else if (members.emailTaken(email) || accounts.existsByUsernameIgnoreCase(email)) {
                    problems.add(new Problem(line, email + " is already a member or has been invited"));
                }
                Organisation organisation = byName.get(orgName.toLowerCase(Locale.UK));
                if (organisation == null) {
                    problems.add(new Problem(line, "No current organisation called \"" + orgName + "\""));
                }
                if (problems.size() == before) {
                    valid.add(new Invitee(line, name, email, organisation));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new Problem(
                    rows + 1, "The file could not be read as CSV with the columns name, email, " + "organisation"));
        }
        return new Report(rows, valid, problems);
    }

    /** Sends the invitations in one transaction: either every listed person is invited or none is. */
    @Transactional
    public int send(Report report, boolean validOnly) {
        if (report.valid().isEmpty()) {
            throw new BusinessException("There is nobody to invite in this file.");
        }
        if (!report.clean() && !validOnly) {
            throw new BusinessException("The file has problems. Fix them, or choose to invite only the valid rows.");
        }
        report.valid().forEach(i -> invitations.invite(i.name(), i.email(), i.organisation()));
        return report.valid().size();
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }
}
