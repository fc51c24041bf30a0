package org.qcommons.projects;

import java.net.URI;
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
import org.apache.commons.csv.CSVRecord;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;

/** One row of a project CSV file read into a project, with every problem it has. */
final class CsvRowReader {

    /** Reference data, read once per file. */
    record Lookups(
            Map<String, Region> regions,
            Map<String, Stp> stps,
            Map<String, Organisation> orgs,
            Map<String, Topic> topics,
            Map<String, QiMethod> methods,
            Function<String, Optional<Member>> members) {

        Lookups(
                List<Region> regions,
                List<Stp> stps,
                List<Organisation> orgs,
                List<Topic> topics,
                List<QiMethod> methods,
                Function<String, Optional<Member>> members) {
            this(
                    byName(regions, Region::getName),
                    byName(stps, Stp::getName),
                    byName(orgs, Organisation::getName),
                    byName(topics, Topic::getName),
                    byName(methods, QiMethod::getName),
                    members);
        }

        Optional<Member> member(String email) {
            return members.apply(email);
        }

        private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
            return items.stream()
                    .collect(Collectors.toMap(i -> name.apply(i).toLowerCase(Locale.ROOT), i -> i, (a, b) -> a));
        }
    }

    final CSVRecord record;
    final int row;
    final Lookups lookups;
    final List<CsvProblem> problems = new ArrayList<>();

    CsvRowReader(CSVRecord record, int row, Lookups lookups) {
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
        Arrays.stream(ProjectStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst()
                .ifPresentOrElse(
                        p::setStatus,
                        () -> problem(
                                "status",
                                (status.isEmpty() ? "Give a status" : "\"" + status + "\" is not a status")
                                        + ": use idea, planning, active, sustaining, completed or stopped."));
        p.setStartDate(date("start_date", true));
        p.setEndDate(date("end_date", false));
        if (!p.isDatesInOrder()) problem("end_date", "The end date is before the start date.");
        placeOf(p, lead);
        p.setTeam(team());
        p.setPartners(names("partners", lookups.orgs, "organisation"));
        Set<Topic> topics = new LinkedHashSet<>(names("conditions", lookups.topics, "condition"));
        topics.forEach(t -> {
            if (t.getKind() != TopicKind.CONDITION)
                problem("conditions", t.getName() + " is an issue, not a condition.");
        });
        Set<Topic> issues = names("issues", lookups.topics, "issue");
        issues.forEach(t -> {
            if (t.getKind() != TopicKind.ISSUE) problem("issues", t.getName() + " is a condition, not an issue.");
        });
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
        if (lead != null
                && p.getTeam().stream()
                        .anyMatch(t -> t.getMember().getId().equals(p.getLead().getId()))) {
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
        if ((stp == null || region == null)
                && problems.stream()
                        .noneMatch(x -> x.column().equals("stp")
                                || x.column().equals("region")
                                || x.column().equals("lead_email"))) {
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
                problem(
                        "team",
                        "Give each team member a role of up to 80 characters, like " + email + ":Data analyst.");
                continue;
            }
            lookups.member(email)
                    .ifPresentOrElse(
                            m -> team.add(new TeamMembership(m, role)),
                            () -> problem("team", "No active member has the email " + email + "."));
        }
        return team;
    }

    private List<ProjectLink> links() {
        List<ProjectLink> links = new ArrayList<>();
        for (String url : list("links")) {
            try {
                URI uri = URI.create(url);
                if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                        || uri.getHost() == null) {
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
        return v.isEmpty()
                ? List.of()
                : Arrays.stream(v.split(";"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
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
        return record.isMapped(column) && record.isSet(column)
                ? record.get(column).trim()
                : "";
    }

    private void problem(String column, String message) {
        problems.add(new CsvProblem(row, column, message));
    }

    List<CsvProblem> problems() {
        return problems;
    }
}
