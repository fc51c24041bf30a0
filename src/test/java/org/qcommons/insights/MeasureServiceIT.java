package org.qcommons.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.insights.demo.InsightsDemoData;
import org.qcommons.people.MemberService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectHit;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.RegisterSearch;
import org.qcommons.projects.Visibility;
import org.qcommons.security.AccountService;
import org.qcommons.spc.AssuranceIcon;
import org.qcommons.spc.ChartKind;
import org.qcommons.spc.Direction;
import org.qcommons.spc.Signal;
import org.qcommons.spc.SpcCalculator;
import org.qcommons.spc.SpcResult;
import org.qcommons.spc.VariationIcon;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

class MeasureServiceIT extends IntegrationTestBase {

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    MeasureService service;

    @Autowired
    InsightsService insights;

    @Autowired
    AccountService accounts;

    @Autowired
    RegisterSearch register;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    SpcRulesRefresh refresh;

    @Autowired
    MeasureTargetService targets;

    @Autowired
    MeasureGhostService ghosts;

    @Autowired
    JdbcTemplate jdbc;

    private void signIn(String username) {
        QUser user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Measure newMeasure(Direction direction) {
        Measure m = new Measure();
        m.setName("Test measure " + UUID.randomUUID());
        m.setDirection(direction);
        m.setUnit("%");
        return service.save(m);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> service.find(null, Pageable.unpaged()))
                .isInstanceOfAny(
                        AuthorizationDeniedException.class,
                        AccessDeniedException.class,
                        AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theOwnerAddsPointsAndAnnotationsAndTheAnalysisUsesThem() {
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.UP);
        LocalDate start = LocalDate.of(2023, 1, 1);
        double[] step = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22
        };
        for (int i = 0; i < step.length; i++) {
            service.addPoint(m.getId(), start.plusMonths(i), step[i]);
        }
        SpcResult before = service.analyse(m.getId());
        assertThat(before.kind()).isEqualTo(ChartKind.XMR);
        assertThat(before.variation()).isEqualTo(VariationIcon.IMPROVEMENT);

        service.annotate(m.getId(), start.plusMonths(12), "New triage process", true);
        service.annotate(m.getId(), start.plusMonths(3), "PDSA 1", false);
        SpcResult after = service.analyse(m.getId());
        assertThat(after.segments()).hasSize(2);
        assertThat(after.currentSegment().centre()).isEqualTo(21.0);
        assertThat(after.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(service.annotations(m.getId()))
                .extracting(Annotation::getLabel)
                .containsExactly("PDSA 1", "New triage process");
    }

    @Test
    void aSecondValueForTheSameDateIsRefused() {
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.UP);
        service.addPoint(m.getId(), LocalDate.of(2024, 1, 1), 5.0);
        assertThatThrownBy(() -> service.addPoint(m.getId(), LocalDate.of(2024, 1, 1), 6.0))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("already a value");
        assertThatThrownBy(() -> service.addPoint(m.getId(), null, 6.0)).isInstanceOf(BusinessException.class);
        assertThat(service.points(m.getId())).hasSize(1);
    }

    @Test
    void pasteAddsGoodRowsAndReportsBadOnesIncludingExistingDates() {
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.UP);
        service.addPoint(m.getId(), LocalDate.of(2024, 1, 1), 5.0);
        PastedData result =
                service.paste(m.getId(), "Date,Value\n2024-01-01,7\n2024-02-01,8\nnot a date,9\n2024-03-01,10");
        assertThat(result.rows()).hasSize(2);
        assertThat(result.problems()).extracting(PastedData.Problem::line).containsExactly(2, 4);
        assertThat(result.problems().getFirst().message()).contains("already has a value");
        assertThat(service.points(m.getId())).extracting(DataPoint::getValue).containsExactly(5.0, 8.0, 10.0);
    }

    @Test
    void onlyTheOwnerOrAnAdministratorMayChangeAMeasure() {
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.DOWN);
        signIn(DemoAccounts.PATIENT);
        Measure seen = service.measure(m.getId()).orElseThrow();
        assertThat(service.canEdit(seen)).isFalse();
        assertThatThrownBy(() -> service.addPoint(m.getId(), LocalDate.of(2024, 1, 1), 1.0))
                .isInstanceOf(AccessDeniedException.class);
        seen.setName("Hijacked");
        assertThatThrownBy(() -> service.save(seen)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(m.getId())).isInstanceOf(AccessDeniedException.class);

        signIn(DemoAccounts.ADMIN);
        service.addPoint(m.getId(), LocalDate.of(2024, 1, 1), 1.0);
        service.delete(m.getId());
        assertThat(service.measure(m.getId())).isEmpty();
    }

    @Test
    void aStaleEditIsDetected() {
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.UP);
        Measure first = service.measure(m.getId()).orElseThrow();
        Measure second = service.measure(m.getId()).orElseThrow();
        first.setUnit("patients");
        service.save(first);
        second.setUnit("days");
        assertThatThrownBy(() -> service.save(second)).isInstanceOf(ConcurrentEditException.class);
    }

    private Project project(String leadEmail) {
        return ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                leadEmail,
                "Measured project " + UUID.randomUUID(),
                "A project with SPC measures.",
                Visibility.MEMBERS,
                "Sepsis");
    }

    @Test
    void aProjectsSignalFollowsItsMeasuresAndTheRegisterCanFilterOnIt() {
        Project project = project(DemoAccounts.MEMBER);
        signIn(DemoAccounts.MEMBER);
        Measure flat = newMeasure(Direction.UP);
        Measure rising = newMeasure(Direction.UP);
        flat.setProjectId(project.getId());
        rising.setProjectId(project.getId());
        service.save(flat);
        rising = service.save(rising);
        assertThat(service.latestSignalForProject(project.getId())).isEqualTo(Signal.NONE);
        LocalDate d = LocalDate.of(2024, 1, 1);
        // Thirteen rising points: MDC looks for special cause only from 13 (twelve would show none).
        for (int i = 0; i < 12; i++) {
            service.addPoint(rising.getId(), d.plusMonths(i), i + 1.0);
        }
        assertThat(service.latestSignalForProject(project.getId())).isEqualTo(Signal.NONE);
        service.addPoint(rising.getId(), d.plusMonths(12), 13.0);
        assertThat(service.latestSignalForProject(project.getId())).isEqualTo(Signal.IMPROVEMENT);
        // The register: the project is indexed with its signal, and the facet filter finds it with the others.
        assertThat(projectRecords.project(project.getId()).orElseThrow().getSpcSignal())
                .isEqualTo(Signal.IMPROVEMENT);
        var improving = RegisterQuery.text(project.getTitle()).withSignal(Signal.IMPROVEMENT);
        assertThat(register.page(improving, 0, 10).hits())
                .extracting(ProjectHit::id)
                .containsExactly(project.getId());
        assertThat(register.count(improving.withSignal(Signal.CONCERN))).isZero();
        assertThat(register.search(RegisterQuery.text(project.getTitle()), 0, 0)
                        .facets()
                        .signals())
                .containsEntry(Signal.IMPROVEMENT, 1L);

        // Removing the rising points takes the signal away again.
        for (DataPoint p : service.points(rising.getId())) {
            service.removePoint(p.getId());
        }
        assertThat(projectRecords.project(project.getId()).orElseThrow().getSpcSignal())
                .isEqualTo(Signal.NONE);
        assertThat(register.count(improving)).isZero();
    }

    @Test
    void aGhostedPointIsStoredWithItsReasonAndLeavesTheProjectsSignalThroughTheEventPath() {
        Project project = project(DemoAccounts.MEMBER);
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.UP);
        m.setProjectId(project.getId());
        m = service.save(m);
        LocalDate d = LocalDate.of(2024, 1, 1);
        // Thirteen stable points (mean 11.38, upper limit about 16.5), then 40: improvement beyond the limit.
        double[] stable = {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13, 10};
        for (int i = 0; i < stable.length; i++) {
            service.addPoint(m.getId(), d.plusMonths(i), stable[i]);
        }
        DataPoint high = service.addPoint(m.getId(), d.plusMonths(13), 40.0);
        assertThat(projectRecords.project(project.getId()).orElseThrow().getSpcSignal())
                .isEqualTo(Signal.IMPROVEMENT);

        assertThatThrownBy(() -> ghosts.ghost(high.getId(), "  ")).isInstanceOf(BusinessException.class);
        ghosts.ghost(high.getId(), "  Audit week: data entered twice  ");
        assertThat(jdbc.queryForMap("SELECT ghosted, ghost_reason FROM measure_data_point WHERE id = ?", high.getId()))
                .containsEntry("ghost_reason", "Audit week: data entered twice")
                .extractingByKey("ghosted")
                .isIn(true, 1, (byte) 1);
        SpcResult ghosted = service.analyse(m.getId());
        assertThat(ghosted.points()).hasSize(14);
        assertThat(ghosted.points().getLast().ghosted()).isTrue();
        assertThat(ghosted.currentSegment().size()).isEqualTo(13);
        assertThat(ghosted.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        // The stored signal, which the register filters on, followed through MeasureChanged after the commit.
        assertThat(projectRecords.project(project.getId()).orElseThrow().getSpcSignal())
                .isEqualTo(Signal.NONE);

        ghosts.unghost(high.getId());
        assertThat(service.points(m.getId()).getLast().getGhostReason()).isNull();
        assertThat(projectRecords.project(project.getId()).orElseThrow().getSpcSignal())
                .isEqualTo(Signal.IMPROVEMENT);

        signIn(DemoAccounts.PATIENT);
        assertThatThrownBy(() -> ghosts.ghost(high.getId(), "Not mine")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void tAndGChartPointsCannotBeGhosted() {
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.UP);
        m.setChartType(ChartKind.G);
        m = service.save(m);
        DataPoint p = service.addPoint(m.getId(), LocalDate.of(2024, 1, 1), 20.0);
        assertThatThrownBy(() -> ghosts.ghost(p.getId(), "Miscounted"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("T or G chart");
        assertThat(service.points(m.getId()).getFirst().isGhosted()).isFalse();
    }

    @Test
    void onlyAProjectsEditorsMayAttachMeasuresToIt() {
        Project someoneElses = project(DemoAccounts.CONVENOR);
        signIn(DemoAccounts.MEMBER);
        Measure m = new Measure();
        m.setName("Sneaky " + UUID.randomUUID());
        m.setProjectId(someoneElses.getId());
        assertThatThrownBy(() -> service.save(m)).isInstanceOf(AccessDeniedException.class);

        signIn(DemoAccounts.CONVENOR);
        Measure own = new Measure();
        own.setName("Lead's measure " + UUID.randomUUID());
        own.setProjectId(someoneElses.getId());
        Measure saved = service.save(own);
        assertThat(service.forProject(someoneElses.getId()))
                .extracting(Measure::getId)
                .containsExactly(saved.getId());
        // The lead's team may add data even to a measure someone else created on the project.
        assertThat(service.canEdit(saved)).isTrue();
    }

    @Test
    void changesAnnounceTheProjectSoTheRegisterCanReindexIt() {
        signIn(DemoAccounts.MEMBER);
        List<MeasureChanged> seen = new CopyOnWriteArrayList<>();
        // Other features publish events in the same transactions (the register's changes): keep this feature's only.
        ApplicationListener<PayloadApplicationEvent<?>> listener = e -> {
            if (e.getPayload() instanceof MeasureChanged changed) {
                seen.add(changed);
            }
        };
        var context = (ConfigurableApplicationContext) applicationContext;
        context.addApplicationListener(listener);
        try {
            Project project = project(DemoAccounts.MEMBER);
            Measure m = newMeasure(Direction.UP);
            m.setProjectId(project.getId());
            m = service.save(m);
            assertThat(seen)
                    .last()
                    .matches(e -> e.projectId().equals(project.getId()) && e.previousProjectId() == null);
            seen.clear();
            service.addPoint(m.getId(), LocalDate.of(2024, 1, 1), 1.0);
            service.paste(m.getId(), "2024-02-01,2");
            service.annotate(m.getId(), LocalDate.of(2024, 1, 1), "PDSA 1", false);
            assertThat(seen).hasSize(3).allMatch(e -> e.projectId().equals(project.getId()));
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    @Test
    void seededDataAndMembershipGrowthFromTheReport() {
        signIn(DemoAccounts.MEMBER);
        var sepsis = service.find(InsightsDemoData.SEPSIS, Pageable.unpaged());
        assertThat(sepsis).hasSize(1);
        Project project = service.project(sepsis.getContent().getFirst()).orElseThrow();
        assertThat(project.getTitle()).isEqualTo("Sepsis screening in the emergency department");
        assertThat(project.getSpcSignal()).isEqualTo(Signal.IMPROVEMENT);
        var growth = insights.membershipGrowth(null);
        assertThat(growth)
                .extracting(MembershipGrowth::getLabel)
                .containsExactly(
                        "North East and North Cumbria", "South West of England", "West of England", "UK (national)");
        assertThat(growth).extracting(g -> g.growthPercent().intValue()).containsExactly(28, 35, 44, 20);
        assertThat(insights.membershipGrowth("west-of-england"))
                .extracting(MembershipGrowth::getAfterPilot)
                .containsExactly(158, null);
    }

    @Test
    void storedSignalsAreReflaggedOnceThroughTheEventPath() {
        Project project = project(DemoAccounts.MEMBER);
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.UP);
        m.setProjectId(project.getId());
        m = service.save(m);
        for (int i = 0; i < 13; i++) {
            service.addPoint(m.getId(), LocalDate.of(2024, 1, 1).plusMonths(i), i + 1.0);
        }
        // As if the signal had been stored by the old rules, and the rules had changed since.
        jdbc.update("UPDATE project SET spc_signal = 'NONE' WHERE id = ?", project.getId());
        jdbc.update("UPDATE spc_rules_applied SET rules_version = 0 WHERE id = 1");
        SecurityContextHolder.clearContext();

        assertThat(refresh.refreshIfRulesChanged()).isGreaterThanOrEqualTo(1);
        signIn(DemoAccounts.MEMBER);
        assertThat(projectRecords.project(project.getId()).orElseThrow().getSpcSignal())
                .isEqualTo(Signal.IMPROVEMENT);
        assertThat(jdbc.queryForObject("SELECT rules_version FROM spc_rules_applied WHERE id = 1", Integer.class))
                .isEqualTo(SpcCalculator.RULES_VERSION);
        // Idempotent: a second start finds the rules already applied and publishes nothing.
        jdbc.update("UPDATE project SET spc_signal = 'NONE' WHERE id = ?", project.getId());
        assertThat(refresh.refreshIfRulesChanged()).isZero();
        assertThat(jdbc.queryForObject("SELECT spc_signal FROM project WHERE id = ?", String.class, project.getId()))
                .isEqualTo("NONE");
    }

    @Test
    void aNeutralMeasureGivesItsProjectANeutralSignal() {
        Project project = project(DemoAccounts.MEMBER);
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.NEUTRAL);
        m.setProjectId(project.getId());
        m = service.save(m);
        for (int i = 0; i < 13; i++) {
            service.addPoint(m.getId(), LocalDate.of(2024, 1, 1).plusMonths(i), i + 1.0);
        }
        assertThat(service.analyse(m.getId()).latestSignal()).isEqualTo(Signal.NEUTRAL);
        assertThat(projectRecords.project(project.getId()).orElseThrow().getSpcSignal())
                .isEqualTo(Signal.NEUTRAL);
    }

    @Test
    void targetsOverTimeAndTChartsThroughTheService() {
        signIn(DemoAccounts.MEMBER);
        Measure m = newMeasure(Direction.UP);
        for (int i = 0; i < 14; i++) {
            service.addPoint(m.getId(), LocalDate.of(2024, 1, 1).plusMonths(i), i % 2 == 0 ? 10.0 : 12.0);
        }
        assertThatThrownBy(() -> targets.add(m.getId(), 5.0, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1)))
                .hasMessageContaining("end date");
        targets.add(m.getId(), 30.0, null, LocalDate.of(2024, 6, 30));
        targets.add(m.getId(), 1.0, LocalDate.of(2024, 7, 1), null);
        SpcResult r = service.analyse(m.getId());
        assertThat(r.points().getFirst().target()).isEqualTo(30.0);
        assertThat(r.target()).isEqualTo(1.0);
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);

        Measure t = new Measure();
        t.setName("Falls " + UUID.randomUUID());
        t.setChartType(ChartKind.T);
        Measure falls = service.save(t);
        service.addPoint(falls.getId(), LocalDate.of(2024, 1, 1), null);
        service.addPoint(falls.getId(), LocalDate.of(2024, 1, 15), null);
        assertThat(service.analyse(falls.getId()).points())
                .singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo(14.0));
        assertThatThrownBy(() -> targets.add(falls.getId(), 5.0, null, null)).hasMessageContaining("T and G");
        assertThatThrownBy(() -> service.addPoint(falls.getId(), LocalDate.of(2024, 1, 15), null))
                .isInstanceOf(DuplicateDateException.class)
                .hasMessageContaining("15/01/2024");
    }
}
