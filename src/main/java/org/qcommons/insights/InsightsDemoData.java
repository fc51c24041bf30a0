package org.qcommons.insights;

import org.qcommons.demo.FoundationDemoData;
import org.qcommons.spc.Direction;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.ProjectHit;
import org.qcommons.projects.RegisterSearch;
import org.qcommons.security.AccountService;
import org.qcommons.base.security.SystemRunner;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Three measures owned by the demo member and attached to demo projects, so each chart kind can be seen: an XmR chart with PDSA cycles, a
 * rebase and special-cause improvement; a lower-is-better measure with a target; and a young measure with too
 * few points for limits (a run chart).
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "qcommons.demo", havingValue = "true")
class InsightsDemoData implements ApplicationRunner {

    static final String SEPSIS = "Sepsis: antibiotics within one hour of arrival";
    private final MeasureService measures;
    private final AccountService accounts;
    private final RegisterSearch register;

    InsightsDemoData(MeasureService measures, AccountService accounts, RegisterSearch register) {
        this.measures = measures;
        this.accounts = accounts;
        this.register = register;
    }

    /** A demo project by its exact title, if the project register seeded it. */
    private Long project(String title) {
        return register.page(RegisterQuery.text(title), 0, 5).hits().stream()
                .filter(h -> h.title().equals(title)).map(ProjectHit::id).findFirst().orElse(null);
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemRunner.asSystem(() -> {
            if (measures.countMeasures() > 0) {
                return;
            }
            Long owner = accounts.loadUserByUsername(FoundationDemoData.MEMBER).memberId();
            LocalDate start = LocalDate.of(2017, 1, 1);

            Measure sepsis = measure(SEPSIS, "%", Direction.UP, 90.0,
                    "Share of adult emergency patients with suspected sepsis given antibiotics within 60 minutes; "
                            + "monthly audit of all eligible patients.");
            sepsis.setProjectId(project("Sepsis screening in the emergency department"));
            sepsis = measures.createFor(owner, sepsis);
            double[] sepsisData = {62, 66, 59, 64, 61, 67, 63, 60, 65, 62, 64, 61,
                    72, 75, 74, 77, 75, 79, 76, 80, 78, 82, 79, 81, 83, 80};
            for (int i = 0; i < sepsisData.length; i++) {
                measures.addPoint(sepsis.getId(), start.plusMonths(i), sepsisData[i]);
            }
            measures.annotate(sepsis.getId(), start.plusMonths(12), "PDSA 1: sepsis screening tool at triage", true);
            measures.annotate(sepsis.getId(), start.plusMonths(16), "PDSA 2: antibiotic grab bags", false);
            measures.annotate(sepsis.getId(), start.plusMonths(20), "PDSA 3: nurse-led prescribing", false);

            Measure fallsMeasure = measure("Inpatient falls per 1,000 bed days", "falls",
                    Direction.DOWN, 5.0, "Falls reported on the wards, divided by occupied bed days, times 1,000.");
            fallsMeasure.setProjectId(project("Preventing falls on older people's wards"));
            Measure falls = measures.createFor(owner, fallsMeasure);
            double[] fallsData = {7.1, 6.4, 7.8, 6.9, 7.5, 6.2, 7.0, 8.1, 6.6, 7.3, 6.8, 7.6, 5.9, 6.1, 5.2, 5.6, 5.8, 5.4};
            for (int i = 0; i < fallsData.length; i++) {
                measures.addPoint(falls.getId(), start.plusMonths(6 + i), fallsData[i]);
            }
            measures.annotate(falls.getId(), start.plusMonths(18), "PDSA 1: bay nursing at night", false);

            Measure dischargeMeasure = measure("Discharge summaries sent within 24 hours", "%",
                    Direction.UP, 95.0, "Summaries sent electronically to the GP within 24 hours of discharge.");
            dischargeMeasure.setProjectId(project("Reducing length of stay with discharge to assess"));
            Measure discharge = measures.createFor(owner, dischargeMeasure);
            double[] dischargeData = {71, 74, 69, 78, 81, 84, 86, 85};
            for (int i = 0; i < dischargeData.length; i++) {
                measures.addPoint(discharge.getId(), start.plusMonths(18 + i), dischargeData[i]);
            }
        });
    }

    private static Measure measure(String name, String unit, Direction direction, Double target, String definition) {
        Measure m = new Measure();
        m.setName(name);
        m.setUnit(unit);
        m.setDirection(direction);
        m.setTarget(target);
        m.setDefinition(definition);
        return m;
    }
}
