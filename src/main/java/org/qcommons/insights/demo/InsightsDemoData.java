package org.qcommons.insights.demo;

import java.time.LocalDate;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.demo.DemoData;
import org.qcommons.base.demo.DemoIds;
import org.qcommons.base.demo.DemoIds.Kind;
import org.qcommons.base.demo.DemoSeeder;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureService;
import org.qcommons.spc.Direction;

/**
 * Three measures owned by the demo member and attached to demo projects, so each chart kind can be seen: an XmR chart with PDSA cycles, a
 * rebase and special-cause improvement; a lower-is-better measure with a target; and a young measure with too
 * few points for limits (a run chart). A measure is attached to its project by the id the project seeder handed on;
 * when the projects were seeded on an earlier start, the measure stands alone.
 */
@DemoData
public class InsightsDemoData implements DemoSeeder {

    public static final String SEPSIS = "Sepsis: antibiotics within one hour of arrival";
    private final MeasureService measures;

    InsightsDemoData(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed(DemoIds ids) {
        SystemRunner.asSystem(() -> {
            if (measures.countMeasures() > 0) {
                return;
            }
            Long owner = ids.get(Kind.MEMBER, DemoAccounts.MEMBER);
            LocalDate start = LocalDate.of(2017, 1, 1);

            Measure sepsis = measure(
                    SEPSIS,
                    "%",
                    Direction.UP,
                    90.0,
                    "Share of adult emergency patients with suspected sepsis given antibiotics within 60 minutes; "
                            + "monthly audit of all eligible patients.");
            sepsis.setProjectId(ids.find(Kind.PROJECT, "Sepsis screening in the emergency department")
                    .orElse(null));
            sepsis = measures.createFor(owner, sepsis);
            ids.put(Kind.MEASURE, SEPSIS, sepsis.getId());
            double[] sepsisData = {
                62, 66, 59, 64, 61, 67, 63, 60, 65, 62, 64, 61, 72, 75, 74, 77, 75, 79, 76, 80, 78, 82, 79, 81, 83, 80
            };
            for (int i = 0; i < sepsisData.length; i++) {
                measures.addPoint(sepsis.getId(), start.plusMonths(i), sepsisData[i]);
            }
            measures.annotate(sepsis.getId(), start.plusMonths(12), "PDSA 1: sepsis screening tool at triage", true);
            measures.annotate(sepsis.getId(), start.plusMonths(16), "PDSA 2: antibiotic grab bags", false);
            measures.annotate(sepsis.getId(), start.plusMonths(20), "PDSA 3: nurse-led prescribing", false);

            Measure fallsMeasure = measure(
                    "Inpatient falls per 1,000 bed days",
                    "falls",
                    Direction.DOWN,
                    5.0,
                    "Falls reported on the wards, divided by occupied bed days, times 1,000.");
            fallsMeasure.setProjectId(ids.find(Kind.PROJECT, "Preventing falls on older people's wards")
                    .orElse(null));
            Measure falls = measures.createFor(owner, fallsMeasure);
            double[] fallsData = {
                7.1, 6.4, 7.8, 6.9, 7.5, 6.2, 7.0, 8.1, 6.6, 7.3, 6.8, 7.6, 5.9, 6.1, 5.2, 5.6, 5.8, 5.4
            };
            for (int i = 0; i < fallsData.length; i++) {
                measures.addPoint(falls.getId(), start.plusMonths(6 + i), fallsData[i]);
            }
            measures.annotate(falls.getId(), start.plusMonths(18), "PDSA 1: bay nursing at night", false);

            Measure dischargeMeasure = measure(
                    "Discharge summaries sent within 24 hours",
                    "%",
                    Direction.UP,
                    95.0,
                    "Summaries sent electronically to the GP within 24 hours of discharge.");
            dischargeMeasure.setProjectId(ids.find(Kind.PROJECT, "Reducing length of stay with discharge to assess")
                    .orElse(null));
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
