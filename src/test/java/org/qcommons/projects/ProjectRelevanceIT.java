package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The relevance suite: a fixed corpus whose every summary contains the made-up word "zorblat", so each query
 * ("zorblat" + the words under test, AND by default) only ever sees this corpus, whatever else is in the index.
 */
class ProjectRelevanceIT extends IntegrationTestBase {

    static final String M = "zorblat";
    private static boolean seeded;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    RegisterSearch register;

    @Autowired
    ProjectRecords projectRecords;

    private static final String[][] CORPUS = {
        {"Sepsis six bundle on the acute medical unit", "nurses start antibiotics within one hour for suspected sepsis."
        },
        {"Acute kidney injury alerts for community pharmacists", "pharmacists review medicines after an AKI alert."},
        {"COPD breathlessness clinic", "rehabilitation for people with a lung condition and breathlessness."},
        {"Reducing urinary catheter use", "fewer UTI cases on older people's wards through catheter passports."},
        {"Emergency department triage redesign", "streaming patients at the front door to the right service."},
        {"Frequent attenders case management", "support for people attending A&E more than ten times a year."},
        {"GP registration for homeless people", "registration without proof of address in every surgery."},
        {"CAMHS single point of access", "one referral route and waiting times halved."},
        {"Advance care planning in care homes", "conversations about end of life care and preferred place of death."},
        {"Involving people in service design", "a PPI panel reviews every proposal before it goes ahead."},
        {"Charts for ward dashboards", "SPC charts replace red amber green ratings."},
        {"Testing discharge letters", "PDSA testing of the discharge summary template."},
        {"Orthopaedic wards after hip fracture", "reducing LOS after hip fracture surgery."},
        {"Resuscitation conversations with families", "DNACPR decisions recorded and shared with the family."},
        {"Quillwort title ranking project", "a project about something else entirely."},
        {"Another ranking project", "this body mentions quillwort once among many other words about wards and teams."},
        {"Falls prevention exercise classes", "strength and balance for older people who fell."},
        {"Frailty virtual ward", "hospital at home for older people living with frailty."},
        {"Deteriorating patient escalation", "NEWS2 observations trigger escalation to the outreach team."},
        {"Hand hygiene audits", "infection prevention observations on every ward."},
    };

    @BeforeEach
    void seedOnce() {
        if (!seeded) {
            for (String[] doc : CORPUS) {
                ProjectTestData.create(
                        projectRecords, taxonomy, memberService, doc[0], M + " " + doc[1], Visibility.PUBLIC);
            }
            ProjectTestData.create(
                    projectRecords,
                    taxonomy,
                    memberService,
                    "Confidential zorblat pilot",
                    M + " restricted project about glimmerfen.",
                    Visibility.MEMBERS);
            Project archived = ProjectTestData.create(
                    projectRecords,
                    taxonomy,
                    memberService,
                    "Archived zorblat experiment",
                    M + " archived project about glimmerfen and sepsis.",
                    Visibility.PUBLIC);
            SystemRunner.asSystem(() -> projectRecords.archive(archived.getId(), archived.getVersion()));
            seeded = true;
        }
    }

    static Stream<Arguments> firstResults() {
        return Stream.of(
                Arguments.of("sepsis", "Sepsis six bundle on the acute medical unit"),
                Arguments.of("aki", "Acute kidney injury alerts for community pharmacists"),
                Arguments.of("acute kidney injury", "Acute kidney injury alerts for community pharmacists"),
                Arguments.of("copd", "COPD breathlessness clinic"),
                Arguments.of("chronic obstructive pulmonary disease", "COPD breathlessness clinic"),
                Arguments.of("uti", "Reducing urinary catheter use"),
                Arguments.of("urinary tract infection", "Reducing urinary catheter use"),
                Arguments.of("emergency department", "Emergency department triage redesign"),
                Arguments.of("general practitioner", "GP registration for homeless people"),
                Arguments.of("gp", "GP registration for homeless people"),
                Arguments.of("child and adolescent mental health services", "CAMHS single point of access"),
                Arguments.of("eol", "Advance care planning in care homes"),
                Arguments.of("patient and public involvement", "Involving people in service design"),
                Arguments.of("statistical process control", "Charts for ward dashboards"),
                Arguments.of("plan do study act", "Testing discharge letters"),
                Arguments.of("length of stay", "Orthopaedic wards after hip fracture"),
                Arguments.of(
                        "do not attempt cardiopulmonary resuscitation", "Resuscitation conversations with families"),
                Arguments.of("quillwort", "Quillwort title ranking project"),
                Arguments.of("\"strength and balance\"", "Falls prevention exercise classes"),
                Arguments.of("sepssi", "Sepsis six bundle on the acute medical unit"),
                Arguments.of("fraility", "Frailty virtual ward"),
                Arguments.of("deterioration", "Deteriorating patient escalation"),
                Arguments.of("hygiene", "Hand hygiene audits"),
                Arguments.of("pharmacist", "Acute kidney injury alerts for community pharmacists"),
                Arguments.of("falls older", "Falls prevention exercise classes"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("firstResults")
    void theExpectedProjectComesFirst(String query, String expectedTitle) {
        assertThat(titles(query)).as(query).isNotEmpty().first().isEqualTo(expectedTitle);
    }

    @Test
    void abbreviationsAndWordsFindTheSameProjects() {
        assertThat(titles("a&e"))
                .contains("Emergency department triage redesign", "Frequent attenders case management");
        assertThat(titles("emergency department")).contains("Frequent attenders case management");
        assertThat(titles("accident and emergency"))
                .contains("Emergency department triage redesign", "Frequent attenders case management");
        assertThat(titles("ae")).contains("Emergency department triage redesign", "Frequent attenders case management");
        assertThat(titles("camhs")).containsExactly("CAMHS single point of access");
        assertThat(titles("end of life")).containsExactly("Advance care planning in care homes");
        assertThat(titles("ppi")).containsExactly("Involving people in service design");
        assertThat(titles("spc")).containsExactly("Charts for ward dashboards");
        assertThat(titles("pdsa")).containsExactly("Testing discharge letters");
        assertThat(titles("los")).containsExactly("Orthopaedic wards after hip fracture");
        assertThat(titles("dnacpr")).containsExactly("Resuscitation conversations with families");
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        assertThat(titles("quillwort")).containsExactly("Quillwort title ranking project", "Another ranking project");
    }

    @Test
    void wordsAreCombinedWithAndAndPhrasesKeepTheirOrder() {
        assertThat(titles("falls older")).containsExactly("Falls prevention exercise classes");
        assertThat(titles("sepsis frailty")).isEmpty();
        assertThat(titles("\"balance and strength\"")).isEmpty();
        assertThat(titles("\"strength and balance\"")).containsExactly("Falls prevention exercise classes");
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        assertThat(titles("wards"))
                .contains(
                        "Charts for ward dashboards",
                        "Reducing urinary catheter use",
                        "Hand hygiene audits",
                        "Frailty virtual ward");
        assertThat(titles("conversation"))
                .contains("Resuscitation conversations with families", "Advance care planning in care homes");
    }

    @Test
    void membersOnlyProjectsAreHiddenFromAnonymousVisitorsAndArchivedFromEveryone() {
        assertThat(titles("glimmerfen")).containsExactly("Confidential zorblat pilot");
        SecurityContextHolder.clearContext();
        assertThat(register.page(RegisterQuery.text(M + " glimmerfen"), 0, 10).hits())
                .isEmpty();
        assertThat(register.count(RegisterQuery.text(M + " glimmerfen"))).isZero();
        assertThat(register.search(RegisterQuery.text(M + " glimmerfan"), 0, 0).suggestion())
                .isEmpty();
        SystemRunner.asSystem(() -> assertThat(register.search(RegisterQuery.text(M + " glimmerfan"), 0, 0)
                        .suggestion())
                .hasValue(M + " glimmerfen"));
    }

    @Test
    void snippetsHighlightTheMatchedWordsAndEscapeTheRest() {
        List<ProjectHit> hits = SystemRunner.asSystem(
                () -> register.page(RegisterQuery.text(M + " attenders"), 0, 5).hits());
        assertThat(hits).hasSize(1);
        // Plain text with ranges: "&" stays a character, and nothing in it is markup.
        assertThat(hits.get(0).snippet().text())
                .contains("A&E")
                .doesNotContain("&amp;")
                .doesNotContain("<");
        List<ProjectHit> hyg = SystemRunner.asSystem(() ->
                register.page(RegisterQuery.text(M + " observations"), 0, 5).hits());
        assertThat(hyg).isNotEmpty();
        assertThat(hyg.get(0).snippet().marked()).contains("observations");
    }

    private List<String> titles(String query) {
        return SystemRunner.asSystem(() -> register.page(RegisterQuery.text(M + " " + query), 0, 10)
                        .hits())
                .stream()
                .map(ProjectHit::title)
                .toList();
    }
}
