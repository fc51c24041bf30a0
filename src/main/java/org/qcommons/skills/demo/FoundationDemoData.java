package org.qcommons.skills.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.demo.DemoData;
import org.qcommons.base.demo.DemoIds;
import org.qcommons.base.demo.DemoIds.Kind;
import org.qcommons.base.demo.DemoNames;
import org.qcommons.base.demo.DemoSeeder;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationType;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.qcommons.security.AccountService;
import org.qcommons.security.TwoFactorService;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the three pilot regions with member counts from the report's table (166, 159 and 158 after the pilot),
 * about 40 organisations, the members' skills and one demo account per role. Runs once, on an empty database.
 * It lives in the skills module, the lowest one that owns or may use all of this data (organisations, people,
 * skills and accounts), so that the members and their skills are drawn in one pass as before (decision 082).
 */
@DemoData
class FoundationDemoData implements DemoSeeder {

    static final String PENDING_EMAIL = "robin.newcomer@example.nhs.uk";

    /** The five demo accounts sit in the West of England, so the region still totals the report's 158. */
    private static final int DEMO_ACCOUNTS_IN_WEST = 5;

    private final Map<String, Organisation> byName = new LinkedHashMap<>();

    private static final Logger log = LoggerFactory.getLogger(FoundationDemoData.class);

    private final OrganisationService organisations;
    private final MemberService members;
    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final SkillService skills;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FoundationDemoData(
            OrganisationService organisations,
            MemberService members,
            AccountService accounts,
            TwoFactorService twoFactor,
            SkillService skills,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.twoFactor = twoFactor;
        this.organisations = organisations;
        this.members = members;
        this.accounts = accounts;
        this.skills = skills;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoIds ids) {
        SystemRunner.asSystem(() -> {
            if (organisations.regions().isEmpty()) {
                long started = clock.millis();
                // All or nothing: a first start stopped half-way would otherwise leave regions without members, and
                // every later start would skip seeding because the regions exist.
                transaction.executeWithoutResult(status -> seed());
                log.info("Demo data seeded in {} ms", clock.millis() - started);
            }
            publish(ids);
        });
    }

    /** Seeded now or on an earlier start: later seeders find the regions, organisations and demo accounts here. */
    private void publish(DemoIds ids) {
        organisations.regions().forEach(r -> ids.put(Kind.REGION, r.getSlug(), r.getId()));
        organisations.organisations().forEach(o -> ids.put(Kind.ORGANISATION, o.getName(), o.getId()));
        for (String email : DemoAccounts.FOUNDATION) {
            try {
                ids.put(Kind.MEMBER, email, accounts.loadUserByUsername(email).memberId());
            } catch (RuntimeException notThere) {
                // an account removed by hand on a kept database: the seeders that need it say so
            }
        }
    }

    private void seed() {
        Map<Region, List<Organisation>> orgsByRegion = new LinkedHashMap<>();
        Region ne = region(
                "North East and North Cumbria",
                "north-east-and-north-cumbria",
                orgsByRegion,
                Map.of(
                        "Northumberland, Tyne and Wear and North Durham",
                        List.of(
                                "Newcastle upon Tyne Hospitals NHS Foundation Trust:ACUTE_TRUST",
                                "Northumbria Healthcare NHS Foundation Trust:ACUTE_TRUST",
                                "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust:MENTAL_HEALTH_TRUST",
                                "Gateshead Health NHS Foundation Trust:ACUTE_TRUST",
                                "Newcastle Gateshead CCG:COMMISSIONER",
                                "St Oswald's Hospice:HOSPICE",
                                "Academic Health Science Network for the North East and North Cumbria:AHSN"),
                        "Durham, Darlington, Tees, Hambleton, Richmondshire and Whitby",
                        List.of(
                                "South Tees Hospitals NHS Foundation Trust:ACUTE_TRUST",
                                "County Durham and Darlington NHS Foundation Trust:ACUTE_TRUST",
                                "Tees, Esk and Wear Valleys NHS Foundation Trust:MENTAL_HEALTH_TRUST",
                                "Teesside University:UNIVERSITY",
                                "Riverside Medical Group:PRIMARY_CARE"),
                        "West, North and East Cumbria",
                        List.of(
                                "North Cumbria Integrated Care NHS Foundation Trust:ACUTE_TRUST",
                                "Eden Valley Care Home:CARE_HOME")));
        Region sw = region(
                "South West of England",
                "south-west-of-england",
                orgsByRegion,
                Map.of(
                        "Devon",
                        List.of(
                                "Royal Devon and Exeter NHS Foundation Trust:ACUTE_TRUST",
                                "University Hospitals Plymouth NHS Trust:ACUTE_TRUST",
                                "Torbay and South Devon NHS Foundation Trust:COMMUNITY",
                                "Devon Partnership NHS Trust:MENTAL_HEALTH_TRUST",
                                "NHS Devon CCG:COMMISSIONER",
                                "South West Academic Health Science Network:AHSN"),
                        "Cornwall and the Isles of Scilly",
                        List.of(
                                "Royal Cornwall Hospitals NHS Trust:ACUTE_TRUST",
                                "Cornwall Partnership NHS Foundation Trust:MENTAL_HEALTH_TRUST",
                                "Cornwall Hospice Care:HOSPICE"),
                        "Somerset",
                        List.of(
                                "Somerset NHS Foundation Trust:ACUTE_TRUST",
                                "Yeovil District Hospital NHS Foundation Trust:ACUTE_TRUST",
                                "Quantock Vale Surgery:PRIMARY_CARE"),
                        "Dorset",
                        List.of(
                                "Dorset County Hospital NHS Foundation Trust:ACUTE_TRUST",
                                "Dorset HealthCare University NHS Foundation Trust:COMMUNITY")));
        Region we = region(
                "West of England",
                "west-of-england",
                orgsByRegion,
                Map.of(
                        "Bristol, North Somerset and South Gloucestershire",
                        List.of(
                                "North Bristol NHS Trust:ACUTE_TRUST",
                                "University Hospitals Bristol NHS Foundation Trust:ACUTE_TRUST",
                                "Avon and Wiltshire Mental Health Partnership NHS Trust:MENTAL_HEALTH_TRUST",
                                "Sirona care & health:COMMUNITY",
                                "Bristol, North Somerset and South Gloucestershire CCG:COMMISSIONER",
                                "West of England Academic Health Science Network:AHSN",
                                "University of the West of England:UNIVERSITY",
                                "St Peter's Hospice:HOSPICE"),
                        "Bath and North East Somerset, Swindon and Wiltshire",
                        List.of(
                                "Royal United Hospitals Bath NHS Foundation Trust:ACUTE_TRUST",
                                "Great Western Hospitals NHS Foundation Trust:ACUTE_TRUST",
                                "Salisbury NHS Foundation Trust:ACUTE_TRUST"),
                        "Gloucestershire",
                        List.of(
                                "Gloucestershire Hospitals NHS Foundation Trust:ACUTE_TRUST",
                                "Gloucestershire Health and Care NHS Foundation Trust:COMMUNITY",
                                "Healthwatch Gloucestershire:CHARITY")));

        List<Skill> allSkills = skills.activeSkills();
        Random random = new Random(2018);
        Map<Region, int[]> counts =
                Map.of(ne, new int[] {166, 9}, sw, new int[] {159, 9}, we, new int[] {158 - DEMO_ACCOUNTS_IN_WEST, 11});
        int n = 0;
        for (Map.Entry<Region, List<Organisation>> entry : orgsByRegion.entrySet()) {
            int[] c = counts.get(entry.getKey());
            for (int i = 0; i < c[0]; i++) {
                Organisation org =
                        entry.getValue().get(random.nextInt(entry.getValue().size()));
                String name = DemoNames.name(random);
                Member m = new Member(name, DemoNames.emailFor(name, ++n));
                boolean patient = random.nextInt(12) == 0;
                m.setProfession(patient ? "Patient representative" : DemoNames.profession(random));
                m.setJobTitle(patient ? null : DemoNames.title(random));
                m.setOrganisation(org);
                m.setStp(org.getStp());
                m.setFoundingCohort(i < c[1]);
                m.setPatientOrCarer(patient);
                m.setQConnector(random.nextInt(15) == 0);
                m.setJoinedQ(
                        i < c[1]
                                ? LocalDate.of(2016, 9, 1)
                                : LocalDate.of(2016, 10, 1).plusDays(random.nextInt(900)));
                m.setDirectoryConsent(random.nextInt(10) < 8);
                m.setAvailabilityDaysPerQuarter(random.nextInt(4) * 2);
                m.setCanTravel(random.nextBoolean());
                m.setStatus(MemberStatus.ACTIVE);
                m.setBio("Works on quality improvement in " + org.getStp().getName() + ".");
                Member saved = members.saveNew(m);
                Set<Skill> held = new HashSet<>();
                for (int s = 0; s < 1 + random.nextInt(4); s++) {
                    Skill skill = allSkills.get(random.nextInt(allSkills.size()));
                    SkillLevel level = SkillLevel.values()[random.nextInt(4)];
                    boolean offered = random.nextBoolean();
                    // The same skill drawn twice: one entry is enough (the draws stay as they were, so the data does).
                    if (held.add(skill)) {
                        skills.addSkill(saved, skill, level, offered, null);
                    }
                }
            }
        }
        Organisation northBristol = byName.get("North Bristol NHS Trust");
        Organisation ahsn = byName.get("West of England Academic Health Science Network");
        account("Alex Member", DemoAccounts.MEMBER, northBristol, EnumSet.of(Role.MEMBER), false, false);
        account("Pat Carer", DemoAccounts.PATIENT, northBristol, EnumSet.of(Role.MEMBER), true, false);
        account(
                "Chris Coordinator",
                DemoAccounts.COORDINATOR,
                northBristol,
                EnumSet.of(Role.MEMBER, Role.ORG_COORDINATOR),
                false,
                true);
        account("Morgan Convenor", DemoAccounts.CONVENOR, ahsn, EnumSet.of(Role.MEMBER, Role.CONVENOR), false, false);
        account("Sam Admin", DemoAccounts.ADMIN, ahsn, EnumSet.of(Role.MEMBER, Role.ADMIN), false, false);
        Member pending = new Member("Robin Newcomer", PENDING_EMAIL);
        pending.setOrganisation(northBristol);
        pending.setStp(northBristol.getStp());
        pending.setProfession("Nurse");
        members.saveNew(pending);
        log.info(
                "Seeded {} regions, {} organisations, {} members",
                orgsByRegion.size(),
                orgsByRegion.values().stream().mapToInt(List::size).sum(),
                n + 5);
    }

    private void account(
            String name, String email, Organisation org, Set<Role> roles, boolean patient, boolean coordinator) {
        Member m = new Member(name, email);
        m.setOrganisation(org);
        m.setStp(org.getStp());
        m.setProfession(patient ? "Patient representative" : "Improvement specialist");
        m.setJobTitle(patient ? null : "Quality improvement lead");
        m.setPatientOrCarer(patient);
        m.setDirectoryConsent(true);
        m.setStatus(MemberStatus.ACTIVE);
        m.setJoinedQ(patient ? LocalDate.now(clock).minusMonths(3) : LocalDate.of(2017, 3, 1));
        m.setAvailabilityDaysPerQuarter(4);
        Member saved = members.saveNew(m);
        accounts.createActiveAccount(saved, DemoAccounts.PASSWORD, roles, coordinator ? org.getId() : null);
        if (roles.contains(Role.ADMIN)) {
            twoFactor.enrolWithKnownSecret(email, DemoAccounts.ADMIN_TOTP_SECRET);
        }
    }

    private Region region(
            String name, String slug, Map<Region, List<Organisation>> orgsByRegion, Map<String, List<String>> stps) {
        Region region = organisations.createRegion(name, slug);
        List<Organisation> orgs = new ArrayList<>();
        stps.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Stp stp = organisations.createStp(e.getKey(), region);
            for (String spec : e.getValue()) {
                String[] parts = spec.split(":");
                Organisation org = organisations.createOrganisation(parts[0], OrganisationType.valueOf(parts[1]), stp);
                byName.put(org.getName(), org);
                orgs.add(org);
            }
        });
        orgsByRegion.put(region, orgs);
        return region;
    }
}
