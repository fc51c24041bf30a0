package org.qcommons.projects.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.demo.DemoData;
import org.qcommons.base.demo.DemoIds;
import org.qcommons.base.demo.DemoIds.Kind;
import org.qcommons.base.demo.DemoSeeder;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.people.Member;
import org.qcommons.people.MemberFilter;
import org.qcommons.people.MemberService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectIndex;
import org.qcommons.projects.ProjectLink;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectStatus;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.TeamMembership;
import org.qcommons.projects.Topic;
import org.qcommons.projects.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;

/**
 * Sixty projects across the three pilot regions, led by demo members (a few by member@qcommons.test), some
 * members-only, some funded by the Q Exchange round the report mentions. Runs once, when there are no projects, and
 * publishes each project's id under its title.
 */
@DemoData
class ProjectDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(ProjectDemoData.class);

    /** title | summary | topics (names) | methods (names) | outcomes | learning */
    private static final List<String[]> IDEAS = List.<String[]>of(
            idea(
                    "Sepsis screening in the emergency department",
                    "Nurses in the ED screen every adult with suspected infection using NEWS2 and start the sepsis six within the hour. We track time to antibiotics on an SPC chart.",
                    "Sepsis;Deteriorating patient;Patient safety",
                    "PDSA;Measurement for improvement / SPC",
                    "Median time to antibiotics fell from 94 to 52 minutes over six months.",
                    "Put the screening tool where triage already happens; a separate form was ignored."),
            idea(
                    "Frailty assessment at the front door",
                    "A frailty team sees older people within two hours of arrival at A&E, using the Clinical Frailty Scale to plan care and avoid admissions that do not help.",
                    "Frailty;Patient flow",
                    "PDSA;Process mapping",
                    "Length of stay for people over 75 fell by a day; readmissions unchanged.",
                    "Therapists on the team made the biggest difference at weekends."),
            idea(
                    "Preventing falls on older people's wards",
                    "Bay nursing, lying and standing blood pressure and a review of sedating medicines for every patient at risk of falling.",
                    "Falls;Frailty;Patient safety",
                    "PDSA;Measurement for improvement / SPC;Human factors",
                    "Falls with harm per 1,000 bed days down by a third.",
                    "Run charts shared at the daily huddle kept the team going."),
            idea(
                    "Spotting the deteriorating patient on surgical wards",
                    "Reliable NEWS2 observations and an escalation conversation structured with SBAR, tested ward by ward.",
                    "Deteriorating patient;Patient safety",
                    "PDSA;Human factors",
                    "Escalations within 30 minutes rose from 61% to 88%.",
                    "Junior doctors asked for the same structure when calling seniors at night."),
            idea(
                    "Acute kidney injury alerts in primary care",
                    "GP practices act on AKI alerts from the lab within 48 hours: medicines review, repeat bloods and hydration advice.",
                    "Acute kidney injury;Medicines safety;Primary care access",
                    "PDSA;Process mapping",
                    "Repeat creatinine within a week for 80% of alerts, from 35%.",
                    "A shared template in the GP system was the change that stuck."),
            idea(
                    "Living well with COPD after discharge",
                    "Pulmonary rehabilitation offered before people leave hospital, with a call from the community respiratory team within 72 hours.",
                    "COPD;Patient flow;Patient experience",
                    "Experience-based co-design;PDSA",
                    "Uptake of rehab doubled; 30-day readmissions fell.",
                    "Patients designed the leaflet and chose the words."),
            idea(
                    "Dementia-friendly outpatient clinics",
                    "Quieter waiting areas, longer appointments and carers welcomed in the room for people living with dementia.",
                    "Dementia;Patient experience",
                    "Experience-based co-design;Engaging for Improvement",
                    "Did-not-attend rate for people with dementia fell from 14% to 6%.",
                    "Carers were the best source of ideas and the best testers."),
            idea(
                    "Insulin safety on general wards",
                    "Reducing insulin errors with a simplified chart, a hypo box on each ward and diabetes specialist nurse outreach.",
                    "Diabetes;Medicines safety;Patient safety",
                    "Measurement for improvement / SPC;PDSA",
                    "Insulin incidents reported with harm fell by half.",
                    "A single chart across the trust mattered more than training."),
            idea(
                    "Stroke: door to needle in under an hour",
                    "Pre-alerts from paramedics, a CT scanner held free and thrombolysis given in the scanner room.",
                    "Stroke;Patient flow",
                    "Process mapping;Lean;Measurement for improvement / SPC",
                    "Median door-to-needle time now 41 minutes.",
                    "Mapping the process with paramedics found 20 minutes of waiting."),
            idea(
                    "Suicide prevention after self-harm in A&E",
                    "Every person who attends after self-harm leaves with a safety plan and a follow-up call within three days.",
                    "Mental health;Suicide prevention",
                    "PDSA;Engaging for Improvement",
                    "Follow-up within 72 hours reached 90% of people.",
                    "Peer workers made the calls feel less clinical."),
            idea(
                    "Continuity of carer in maternity",
                    "Small teams of midwives care for women through pregnancy, birth and after, starting with women from deprived areas.",
                    "Maternity;Health inequalities;Workforce",
                    "Model for improvement;Engaging for Improvement",
                    "Preterm births in the pilot group fell; midwives report more satisfaction.",
                    "Rotas designed by midwives themselves were the key."),
            idea(
                    "Talking about end of life care earlier",
                    "Advance care planning conversations in care homes and GP practices, with DNACPR decisions recorded and shared.",
                    "End of life care;Patient experience",
                    "PDSA;Experience-based co-design",
                    "More people died in their preferred place: 74%, up from 52%.",
                    "Training care home staff to start the conversation mattered most."),
            idea(
                    "Reducing length of stay with discharge to assess",
                    "People medically fit to leave go home with support and have their long-term needs assessed there, not on a ward.",
                    "Frailty;Patient flow",
                    "Lean;Demand and capacity;Rapid process improvement workshop",
                    "Delayed transfers of care down 40%.",
                    "A daily call between the ward and social care unblocked most delays."),
            idea(
                    "Urinary tract infection in care homes",
                    "Stopping dipstick testing in older people and using a decision aid for UTI, to cut unnecessary antibiotics.",
                    "Infection prevention;Medicines safety;Frailty",
                    "PDSA;Measurement for improvement / SPC",
                    "Antibiotic prescriptions for UTI fell by 30% without more admissions.",
                    "Care home managers championed it once they saw the data."),
            idea(
                    "Staff wellbeing huddles in theatres",
                    "Ten-minute wellbeing check-ins at the start of each theatre list, with actions logged and fed back.",
                    "Staff wellbeing;Workforce",
                    "PDSA;Human factors",
                    "Staff sickness in theatres fell; team survey scores rose.",
                    "It only works if the consultant joins too."),
            idea(
                    "Learning from incidents with a just culture",
                    "Replacing blame-focused incident reviews with learning reviews and sharing themes across the trust.",
                    "Learning from incidents;Patient safety",
                    "Human factors;Engaging for Improvement",
                    "Reporting rose by a quarter while serious harm fell.",
                    "Feedback to reporters within a week kept people reporting."),
            idea(
                    "CAMHS waiting list: single point of access",
                    "A single point of access and a same-week triage call for children and young people referred to CAMHS.",
                    "Mental health;Children and young people;Patient flow",
                    "Demand and capacity;Process mapping",
                    "Waits for a first contact fell from 14 weeks to 4.",
                    "Schools were partners, not just referrers."),
            idea(
                    "Heart failure: diuretics at home",
                    "Community heart failure nurses give intravenous diuretics at home rather than admitting people.",
                    "Heart failure;Patient flow;Patient experience",
                    "PDSA;Measurement for improvement / SPC",
                    "120 bed days saved in the first quarter.",
                    "Clear criteria agreed with cardiologists built trust."),
            idea(
                    "Cancer two-week wait: straight to test",
                    "People referred on the two-week pathway with suspected bowel cancer go straight to test after a nurse call.",
                    "Cancer;Patient flow",
                    "Lean;Process mapping",
                    "Time to diagnosis fell by nine days.",
                    "A nurse call the day after referral reassured patients."),
            idea(
                    "Health inequalities in access to GP appointments",
                    "Understanding who cannot get a GP appointment and testing text, phone and walk-in routes with people from deprived areas.",
                    "Health inequalities;Primary care access;Patient experience",
                    "Experience-based co-design;PDSA",
                    "Appointments booked by people from the most deprived fifth rose by 18%.",
                    "Community groups reached people the practice could not."),
            idea(
                    "Medicines reconciliation within 24 hours",
                    "Pharmacy technicians reconcile medicines for every admission within a day, starting with the acute medical unit.",
                    "Medicines safety;Patient safety",
                    "Lean;Measurement for improvement / SPC",
                    "Reconciliation within 24 hours: 45% to 92%.",
                    "Seven-day technician cover was needed to sustain it."),
            idea(
                    "Sepsis in the community: paramedic pre-alert",
                    "Paramedics screen for sepsis at home, give a pre-alert and hand over with a sepsis sticker.",
                    "Sepsis;Deteriorating patient",
                    "PDSA;Process mapping",
                    "Antibiotics within an hour of arrival for 78% of pre-alerted patients.",
                    "Feedback to the crews on their patients' outcomes kept them engaged."),
            idea(
                    "Reducing hospital-acquired pressure ulcers",
                    "SSKIN bundle, mattress audits and patient-held repositioning charts on medical wards.",
                    "Frailty;Patient safety",
                    "PDSA;Measurement for improvement / SPC",
                    "Category 2+ pressure ulcers halved over a year.",
                    "Patients and families turning the chart themselves was a surprise success."),
            idea(
                    "Perinatal mental health: one door for mothers",
                    "A single referral route for mothers with mental health needs in pregnancy and the first year after birth.",
                    "Mental health;Maternity",
                    "Process mapping;Engaging for Improvement",
                    "Referrals seen within 2 weeks: 85%.",
                    "Health visitors were the people who most needed the new route."),
            idea(
                    "Workforce: retaining newly qualified nurses",
                    "Preceptorship with a named buddy, protected learning time and rotation choices in the first year.",
                    "Workforce;Staff wellbeing",
                    "Engaging for Improvement;PDSA",
                    "First-year leavers fell from 22% to 11%.",
                    "Newly qualified nurses co-designed the programme."),
            idea(
                    "Patient flow: criteria-led discharge at weekends",
                    "Nurses discharge patients at weekends against criteria set by the consultant during the week.",
                    "Patient flow",
                    "Rapid process improvement workshop;Lean",
                    "Weekend discharges up 35%.",
                    "Writing the criteria on the board made it visible to everyone."),
            idea(
                    "Children's asthma: right inhaler, right technique",
                    "School nurses and community pharmacists check inhaler technique and asthma plans for every child admitted with asthma.",
                    "Children and young people;Medicines safety",
                    "PDSA;Measurement for improvement / SPC",
                    "Repeat admissions for asthma fell by a quarter.",
                    "Children taught their parents the technique."),
            idea(
                    "Diabetes: foot checks in every practice",
                    "Annual foot checks for people with diabetes, with fast-track referral for anyone at high risk of ulcers.",
                    "Diabetes;Primary care access",
                    "Model for improvement;PDSA",
                    "Foot checks done for 89% of patients, up from 70%.",
                    "Healthcare assistants doing the checks freed GP time."),
            idea(
                    "Stroke rehabilitation: early supported discharge",
                    "Therapy at home for stroke survivors who can leave hospital early, with a single therapy team.",
                    "Stroke;Patient flow;Patient experience",
                    "Demand and capacity;Experience-based co-design",
                    "Length of stay after stroke fell by five days.",
                    "Carers needed more support than we planned."),
            idea(
                    "Falls in the community: strength and balance",
                    "Strength and balance classes for older people who have fallen, run with leisure centres and the voluntary sector.",
                    "Falls;Frailty;Health inequalities",
                    "PDSA;Engaging for Improvement",
                    "Ambulance call-outs for falls in the area fell by 15%.",
                    "Classes in community venues kept people coming."));

    private final ProjectRecords projectRecords;

    private final ProjectTaxonomy taxonomy;

    private final ProjectIndex projectIndex;
    private final MemberService members;
    private final OrganisationService organisations;

    ProjectDemoData(
            ProjectRecords projectRecords,
            ProjectTaxonomy taxonomy,
            ProjectIndex projectIndex,
            MemberService members,
            OrganisationService organisations) {
        this.projectRecords = projectRecords;
        this.taxonomy = taxonomy;
        this.projectIndex = projectIndex;
        this.members = members;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoIds ids) {
        SystemRunner.asSystem(() -> {
            if (projectIndex.indexStatus().databaseRows() > 0
                    || organisations.regions().isEmpty()) {
                return;
            }
            seedNow(ids);
        });
    }

    private void seedNow(DemoIds ids) {
        Random random = new Random(2019);
        Map<String, Topic> topics =
                taxonomy.topics().stream().collect(Collectors.toMap(Topic::getName, Function.identity()));
        Map<String, QiMethod> methods =
                taxonomy.methods().stream().collect(Collectors.toMap(QiMethod::getName, Function.identity()));
        List<Region> regions = organisations.regions();
        List<Organisation> orgs = organisations.organisations();
        Member demoMember = ids.find(Kind.MEMBER, DemoAccounts.MEMBER)
                .flatMap(members::profile)
                .orElse(null);
        int n = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < IDEAS.size(); i++) {
                String[] idea = IDEAS.get(i);
                Region region = regions.get((i + round) % regions.size());
                List<Member> people = members.directory(
                                new MemberFilter(null, region.getId(), null, null, null),
                                PageRequest.of(random.nextInt(3), 40))
                        .getContent();
                boolean demoLead = demoMember != null && i % 4 == 1 && region.equals(demoMember.getRegion());
                if (people.isEmpty() && !demoLead) {
                    // A first start stopped while members were being seeded leaves some regions without anyone:
                    // seed what can be seeded rather than fail every later start.
                    people = members.directory(new MemberFilter(null, null, null, null, null), PageRequest.of(0, 40))
                            .getContent();
                    if (people.isEmpty()) {
                        return;
                    }
                }
                Member lead = demoLead ? demoMember : people.get(random.nextInt(people.size()));
                Organisation home = lead.getOrganisation();
                String place = home == null ? region.getName() : home.getStp().getName();
                Project p = new Project(idea[0] + (round == 0 ? "" : " in " + place), lead);
                p.setSummary(idea[1]);
                p.setAims("Aim: " + idea[4].replaceAll("\\.$", "") + " in " + place + ".");
                ProjectStatus status = ProjectStatus.values()[random.nextInt(ProjectStatus.values().length)];
                p.setStatus(status);
                LocalDate start = LocalDate.of(2016 + random.nextInt(4), 1 + random.nextInt(12), 1);
                p.setStartDate(start);
                if (status == ProjectStatus.COMPLETED || status == ProjectStatus.STOPPED) {
                    p.setEndDate(start.plusMonths(6 + random.nextInt(18)));
                    p.setOutcomes(idea[4]);
                    p.setLearning(idea[5]);
                } else if (status == ProjectStatus.SUSTAINING || status == ProjectStatus.ACTIVE) {
                    p.setOutcomes("Early results: " + idea[4]);
                    p.setLearning(idea[5]);
                }
                p.setStp(home != null ? home.getStp() : lead.getStp());
                p.setRegion(p.getStp().getRegion());
                for (String t : idea[2].split(";")) p.getTopics().add(topics.get(t));
                for (String m : idea[3].split(";")) p.getMethods().add(methods.get(m));
                if (random.nextInt(10) < 3) {
                    p.setQExchangeFunded(true);
                    p.setQExchangeRound("2018");
                }
                p.setVisibility(n % 6 == 5 ? Visibility.MEMBERS : Visibility.PUBLIC);
                List<Organisation> sameRegion =
                        orgs.stream().filter(o -> o.getRegion().equals(region)).toList();
                for (int k = 0; k < 1 + random.nextInt(2); k++) {
                    p.getPartners().add(sameRegion.get(random.nextInt(sameRegion.size())));
                }
                List<TeamMembership> team = new ArrayList<>();
                String[] roles = {
                    "Data analyst", "Clinical lead", "Patient partner", "Improvement coach", "Project manager"
                };
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    Member m = people.get(random.nextInt(people.size()));
                    if (!m.equals(lead)
                            && team.stream().noneMatch(t -> t.getMember().equals(m))) {
                        team.add(new TeamMembership(m, roles[random.nextInt(roles.length)]));
                    }
                }
                p.setTeam(Set.copyOf(team));
                p.getLinks().add(new ProjectLink("Poster", "https://example.org/q-commons/posters/" + (n + 1)));
                Project saved = projectRecords.createFor(p);
                ids.put(Kind.PROJECT, saved.getTitle(), saved.getId());
                n++;
            }
        }
        log.info("Seeded {} demo projects", n);
    }

    private static String[] idea(String... parts) {
        return parts;
    }
}
