package org.qcommons.insights.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.projects.ProjectFigures;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.RegisterSearch;
import org.qcommons.security.ui.LoginView;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InsightsViewKT extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegisterSearch register;

    @Autowired
    ProjectFigures projectFigures;

    private static <T extends InsightPanel> T panel(InsightsView view, Class<T> type) {
        return view.panels.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode json(ChartPanel p) {
        return JSON.readTree(p.canvas().lastJson());
    }

    /** label -> values of every dataset, e.g. "West of England=[11.0, 110.0, 158.0]". */
    private static List<String> series(JsonNode spec) {
        List<String> out = new ArrayList<>();
        spec.get("datasets").forEach(d -> {
            List<Double> values = new ArrayList<>();
            d.get("data").forEach(v -> values.add(v.asDouble()));
            out.add(d.get("label").asString() + "=" + values);
        });
        return out;
    }

    private static List<String> labels(JsonNode spec) {
        List<String> out = new ArrayList<>();
        spec.get("labels").forEach(l -> out.add(l.asString()));
        return out;
    }

    @Test
    void membersOnly() {
        anonymous();
        UI.getCurrent().navigate("insights");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void panelsComeInOrderAndEachGetsTheReportsFigures() {
        signInAs(Role.MEMBER);
        InsightsView view = navigateTo("insights", InsightsView.class);
        assertThat(view.panels)
                .extracting(p -> p.getClass().getSimpleName())
                .containsExactly(
                        "MembershipGrowthPanel",
                        "GrowthRatePanel",
                        "MembersByPlacePanel",
                        "MembersByProfessionPanel",
                        "SkillsOfferedPanel",
                        "MeasureSignalsPanel",
                        "ProjectsByStpPanel",
                        "ProjectsByTopicPanel",
                        "MemberEngagementPanel",
                        "BuddyPairsPanel",
                        "ExchangeDaysPanel",
                        "MeetingAttendancePanel");
        assertThat(panel(view, BuddyPairsPanel.class).isVisible()).isFalse(); // convenors and admins only

        JsonNode growth = json(panel(view, MembershipGrowthPanel.class));
        assertThat(labels(growth)).containsExactly("Founding cohort", "Before the pilot", "After the pilot");
        assertThat(series(growth))
                .containsExactly(
                        "North East and North Cumbria=[9.0, 130.0, 166.0]",
                        "South West of England=[9.0, 118.0, 159.0]",
                        "West of England=[11.0, 110.0, 158.0]");

        GrowthRatePanel rate = panel(view, GrowthRatePanel.class);
        assertThat(series(json(rate))).containsExactly("Growth (%)=[28.0, 35.0, 44.0, 20.0]");
        assertThat(rate.data().toCsv()).contains("UK (national),20%").startsWith("Region,Growth");
        assertThat(_size(rate.table)).isEqualTo(4);

        MembersByPlacePanel place = panel(view, MembersByPlacePanel.class);
        int active = jdbc.queryForObject(
                "select count(*) from member m join stp s on m.stp_id = s.id " + "where m.status = 'ACTIVE'",
                Integer.class);
        double charted = 0;
        for (JsonNode v : json(place).get("datasets").get(0).get("data")) {
            charted += v.asDouble();
        }
        assertThat(charted).isEqualTo(active);

        SkillsOfferedPanel skills = panel(view, SkillsOfferedPanel.class);
        assertThat(json(skills).get("horizontal").asBoolean()).isTrue();
        assertThat(skills.data().headers()).containsExactly("Skill", "Members offering it");
    }

    @Test
    void projectPanelsUseTheRegistersFigures() {
        signInAs(Role.MEMBER);
        InsightsView view = navigateTo("insights?region=west-of-england", InsightsView.class);
        var west = projectFigures.engagement().regions().stream()
                .filter(r -> r.region().equals("West of England"))
                .findFirst()
                .orElseThrow();
        MemberEngagementPanel engagement = panel(view, MemberEngagementPanel.class);
        assertThat(labels(json(engagement))).containsExactly("West of England");
        assertThat(engagement.data().rows().getFirst())
                .containsExactly(
                        "West of England",
                        String.valueOf(west.activeMembers()),
                        String.valueOf(west.engagedMembers()),
                        SpcChart.number(Math.round(west.engagedShare() * 1000) / 10.0) + "%");

        long westProjects = register.count(
                RegisterQuery.any().withRegion(view.region.getValue().getId()));
        double byStp = 0;
        for (JsonNode v : json(panel(view, ProjectsByStpPanel.class))
                .get("datasets")
                .get(0)
                .get("data")) {
            byStp += v.asDouble();
        }
        assertThat(byStp).isGreaterThan(0).isEqualTo((double) westProjects);
        List<String> topics = labels(json(panel(view, ProjectsByTopicPanel.class)));
        assertThat(topics).isNotEmpty().hasSizeLessThanOrEqualTo(ProjectsByTopicPanel.MAX_TOPICS);

        MeasureSignalsPanel signals = panel(view, MeasureSignalsPanel.class);
        assertThat(signals.data().headers()).containsExactly("Variation", "Measures");
    }

    @Test
    void convenorsSeeBuddyPairs() {
        signInAs(Role.CONVENOR);
        InsightsView view = navigateTo("insights", InsightsView.class);
        BuddyPairsPanel buddies = panel(view, BuddyPairsPanel.class);
        assertThat(buddies.isVisible()).isTrue();
        long active = jdbc.queryForObject("select count(*) from buddy_pair where status = 'ACTIVE'", Long.class);
        long waiting = jdbc.queryForObject("select count(*) from buddy_request where status = 'WAITING'", Long.class);
        assertThat(buddies.waiting.getText()).endsWith(": " + waiting);
        double charted = buddies.data().rows().stream()
                .mapToDouble(r -> Double.parseDouble(r.get(1)))
                .sum();
        assertThat(charted).isEqualTo((double) active);
    }

    @Test
    void aRegionFromTheUrlFiltersEveryPanel() {
        signInAs(Role.MEMBER);
        InsightsView view = navigateTo("insights?region=west-of-england", InsightsView.class);
        assertThat(view.region.getValue().getSlug()).isEqualTo("west-of-england");
        assertThat(series(json(panel(view, MembershipGrowthPanel.class))))
                .containsExactly("West of England=[11.0, 110.0, 158.0]");
        assertThat(series(json(panel(view, GrowthRatePanel.class)))).containsExactly("Growth (%)=[44.0, 20.0]");
        List<String> westStps = jdbc.queryForList(
                "select s.name from stp s join region r on s.region_id = r.id " + "where r.slug = 'west-of-england'",
                String.class);
        MembersByPlacePanel place = panel(view, MembersByPlacePanel.class);
        assertThat(westStps).containsAll(labels(json(place)));
        assertThat(place.data().headers()).first().isEqualTo("STP");
    }

    @Test
    void choosingARegionRedrawsAndClearingShowsAllAgain() {
        signInAs(Role.MEMBER);
        InsightsView view = navigateTo("insights", InsightsView.class);
        var north = organisations.regionBySlug("north-east-and-north-cumbria").orElseThrow();
        Fields.setValue(view.region, north);
        assertThat(series(json(panel(view, MembershipGrowthPanel.class))))
                .containsExactly("North East and North Cumbria=[9.0, 130.0, 166.0]");
        Fields.setValue(view.region, null);
        assertThat(series(json(panel(view, MembershipGrowthPanel.class)))).hasSize(3);
    }

    @Test
    void exchangeAndAttendancePanelsUseTheLedgerAndTheGroups() {
        signInAs(Role.MEMBER);
        InsightsView view = navigateTo("insights", InsightsView.class);
        MeetingAttendancePanel attendance = panel(view, MeetingAttendancePanel.class);
        assertThat(attendance.data().headers()).containsExactly("Group", "Attendance %");
        assertThat(attendance.data().rows())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(Integer.parseInt(row.get(1))).isBetween(0, 100));
        ExchangeDaysPanel days = panel(view, ExchangeDaysPanel.class);
        assertThat(days.data().headers()).containsExactly("STP", "Days given");
        assertThat(days.data().rows()).isNotEmpty();
    }
}
