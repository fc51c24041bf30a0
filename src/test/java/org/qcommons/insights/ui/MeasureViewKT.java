package org.qcommons.insights.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureService;
import org.qcommons.security.ui.LoginView;
import org.qcommons.spc.ChartKind;
import org.qcommons.spc.Direction;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MeasureViewKT extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MeasureService measures;

    private Long sepsisId() {
        return SystemRunner.asSystem(() -> measures.find("Sepsis: antibiotics", Pageable.unpaged())
                .getContent()
                .getFirst()
                .getId());
    }

    private static JsonNode json(ChartPanel panel) {
        return JSON.readTree(panel.canvas().lastJson());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asString()));
        return out;
    }

    private static JsonNode dataset(JsonNode spec, String label) {
        for (JsonNode d : spec.get("datasets")) {
            if (d.get("label").asString().equals(label)) {
                return d;
            }
        }
        throw new AssertionError("No dataset " + label + " in " + spec);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        anonymous();
        UI.getCurrent().navigate("measures/" + sepsisId());
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theChartGetsTheSeriesLinesSignalsAnnotationsAndTarget() {
        signInAs(Role.MEMBER);
        MeasureView view = navigateTo("measures/" + sepsisId(), MeasureView.class);
        JsonNode spec = json(view.chart);
        assertThat(spec.get("type").asString()).isEqualTo("line");
        assertThat(texts(spec.get("labels")))
                .hasSize(26)
                .startsWith("01/01/2017")
                .endsWith("01/02/2019");
        JsonNode data = dataset(spec, "Data");
        assertThat(data.get("data").get(0).asDouble()).isEqualTo(62.0);
        assertThat(data.get("data").get(25).asDouble()).isEqualTo(80.0);
        // The second baseline (from Jan 2018, the rebase) ends in a shift above its mean: improvement, so triangles
        // in the improvement colour; the first baseline is common cause: grey circles.
        assertThat(texts(data.get("pointStyle")).subList(0, 12)).containsOnly("circle");
        assertThat(texts(data.get("pointStyle")).getLast()).isEqualTo("triangle");
        assertThat(texts(data.get("pointBackgroundColor")).getLast()).isEqualTo(SpcChart.IMPROVEMENT);
        assertThat(texts(data.get("pointBackgroundColor")).getFirst()).isEqualTo(SpcChart.COMMON);
        JsonNode mean = dataset(spec, "Mean");
        assertThat(mean.get("data").get(0).asDouble()).isCloseTo(62.8333, Offset.offset(1e-3));
        assertThat(mean.get("data").get(25).asDouble()).isCloseTo(77.9286, Offset.offset(1e-3));
        assertThat(dataset(spec, "Upper process limit").get("data").get(0).asDouble())
                .isCloseTo(73.7152, Offset.offset(1e-3));
        assertThat(dataset(spec, "Target").get("data").get(3).asDouble()).isEqualTo(90.0);
        List<String> markers = new ArrayList<>();
        spec.get("markers")
                .forEach(m -> markers.add(
                        m.get("index").asInt() + ":" + m.get("label").asString()));
        assertThat(markers)
                .contains("12:Rebase: PDSA 1: sepsis screening tool at triage", "16:PDSA 2: antibiotic grab bags")
                .doesNotContain("12:Rebase");
        // The MDC icons are SVG images whose text alternative says what they mean in plain words.
        assertThat(view.chart.variationText()).isEqualTo("Special cause: improvement, higher is better");
        assertThat(view.chart.assuranceText())
                .isEqualTo("Assurance: the process will consistently fail the target unless it changes");
        assertThat(view.chart.variationIcon.getElement().getChild(0).getAttribute("role"))
                .isEqualTo("img");
        assertThat(view.chart.movingRange.isVisible()).isTrue();
        assertThat(view.chart.movingRange.canvas().lastJson()).contains("Upper range limit");

        assertThat(_size(view.chart.table)).isEqualTo(26);
        String csv = view.chart.data().toCsv();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "Date,Value,Mean,Lower process limit,Upper process limit,Lower 2 sigma,Upper 2 sigma,Target,Signal,Rules");
        assertThat(csv.lines().toList().getLast())
                .startsWith("01/02/2019,80,77.93,")
                .contains("Special cause: improvement");
    }

    @Test
    void aMemberWhoDoesNotOwnTheMeasureSeesNoEditing() {
        signInAs(DemoAccounts.PATIENT);
        MeasureView view = navigateTo("measures/" + sepsisId(), MeasureView.class);
        assertThat(view.edit.isVisible() && view.edit.getParent().orElseThrow().isVisible())
                .isFalse();
        assertThat(view.data
                        .add
                        .getParent()
                        .orElseThrow()
                        .getParent()
                        .orElseThrow()
                        .isVisible())
                .isFalse();
        assertThat(view.chart.canvas().lastJson()).isNotBlank();
    }

    @Test
    void theOwnerAddsAndPastesDataAndTheChartFollows() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT measure " + UUID.randomUUID());
        m.setDirection(Direction.DOWN);
        Long id = measures.save(m).getId();
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        assertThat(view.chart.empty.isVisible()).isTrue();
        assertThat(view.chart.canvas().isVisible()).isFalse();

        Fields.setValue(view.data.date, LocalDate.of(2024, 1, 1));
        Fields.setValue(view.data.value, 12.5);
        _click(view.data.add);
        assertThat(texts(json(view.chart).get("labels"))).containsExactly("01/01/2024");
        assertThat(view.data.date.getValue()).isEqualTo(LocalDate.of(2024, 2, 1)); // ready for the next month

        Fields.setValue(view.data.paste, "2024-02-01\t11\n2024-03-01\tabc\n2024-04-01\t10");
        _click(view.data.importRows);
        assertThat(texts(json(view.chart).get("labels"))).containsExactly("01/01/2024", "01/02/2024", "01/04/2024");
        // Three points: the mean stays (MDC), without special cause or icons until 13.
        assertThat(dataset(json(view.chart), "Mean").get("data").get(0).asDouble())
                .isCloseTo(33.5 / 3, Offset.offset(1e-9));
        assertThat(view.chart.variationIcon.isVisible()).isFalse();
        assertThat(view.data.paste.getValue()).isEqualTo("2024-03-01\tabc");
        assertThat(view.data.paste.isInvalid()).isTrue();
        assertThat(view.data
                        .problems
                        .getChildren()
                        .map(c -> c.getElement().getText())
                        .toList())
                .containsExactly("Line 2: \"abc\" is not a number");

        Fields.setValue(view.annotations.date, LocalDate.of(2024, 2, 15));
        Fields.setValue(view.annotations.label, "PDSA 1: checklist");
        _click(view.annotations.add);
        List<String> markers = new ArrayList<>();
        json(view.chart)
                .get("markers")
                .forEach(n -> markers.add(
                        n.get("index").asInt() + ":" + n.get("label").asString()));
        assertThat(markers).containsExactly("2:PDSA 1: checklist");
    }

    @Test
    void theOwnerGhostsAPointWithAReasonFromItsRowAndCountsItAgain() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT ghost " + UUID.randomUUID());
        m.setDirection(Direction.UP);
        Long id = measures.save(m).getId();
        double[] stable = {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13, 10};
        for (int i = 0; i < stable.length; i++) {
            measures.addPoint(id, LocalDate.of(2024, 1, 1).plusMonths(i), stable[i]);
        }
        measures.addPoint(id, LocalDate.of(2025, 2, 1), 40.0);
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        // Counted, 40 is beyond the upper limit: improvement, in colour and shape.
        JsonNode points = dataset(json(view.chart), "Data");
        assertThat(points.get("pointBackgroundColor").get(13).asString()).isEqualTo(SpcChart.IMPROVEMENT);

        Button ghost = (Button) _getCellComponent(view.data.grid, 13, "ghost");
        assertThat(ghost.getText()).isEqualTo("Ghost");
        assertThat(ghost.getAriaLabel())
                .hasValue("Ghost the value for 01/02/2025: keep it on the chart but leave it out of the calculations");
        _click(ghost);
        GhostPointDialog dialog = _get(GhostPointDialog.class);
        _click(dialog.ghost);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).startsWith("Say why this point is left out");
        assertThat(dialog.isOpened()).isTrue();
        Fields.setValue(dialog.reason, "Audit week: counted twice");
        _click(dialog.ghost);
        assertThat(dialog.isOpened()).isFalse();

        // Drawn hollow and larger; the mean leaves 40 out (148 / 13, not 188 / 14).
        JsonNode spec = json(view.chart);
        points = dataset(spec, "Data");
        assertThat(points.get("pointBackgroundColor").get(13).asString()).isEqualTo(SpcChart.GHOST_FILL);
        assertThat(points.get("pointRadius").get(13).asInt()).isEqualTo(6);
        assertThat(points.get("data").get(13).asDouble()).isEqualTo(40.0);
        assertThat(dataset(spec, "Mean").get("data").get(13).asDouble()).isCloseTo(148.0 / 13, Offset.offset(1e-9));
        // The text alternatives: the chart's data table, its notes, the moving-range table and the data grid.
        assertThat(view.chart.data().rows().get(13))
                .contains("Ghosted, left out of the calculations: Audit week: counted twice");
        assertThat(view.chart.notes.getChildren().map(c -> c.getElement().getText()))
                .anyMatch(n -> n.startsWith("1 point is ghosted: drawn hollow"));
        assertThat(view.chart.movingRange.data().rows().get(13)).contains("Ghosted: no moving range");
        assertThat(_getFormatted(view.data.grid, 13, "ghosted"))
                .isEqualTo("Ghosted, left out of the calculations: Audit week: counted twice");
        assertThat(view.chart.variationIcon.isVisible()).isTrue();
        assertThat(view.chart.variationText()).startsWith("Common cause");

        Button countAgain = (Button) _getCellComponent(view.data.grid, 13, "ghost");
        assertThat(countAgain.getText()).isEqualTo("Count again");
        _click(countAgain);
        assertThat(dataset(json(view.chart), "Data")
                        .get("pointBackgroundColor")
                        .get(13)
                        .asString())
                .isEqualTo(SpcChart.IMPROVEMENT);
        assertThat(_getFormatted(view.data.grid, 13, "ghosted")).isEmpty();
    }

    @Test
    void aDuplicateDateIsShownOnTheField() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT duplicate " + UUID.randomUUID());
        Long id = measures.save(m).getId();
        measures.addPoint(id, LocalDate.of(2024, 1, 1), 3.0);
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        Fields.setValue(view.data.date, LocalDate.of(2024, 1, 1));
        Fields.setValue(view.data.value, 4.0);
        _click(view.data.add);
        assertThat(view.data.date.isInvalid()).isTrue();
        assertThat(view.data.date.getErrorMessage())
                .contains("already a value for 01/01/2024")
                .contains("Each date may have one value");
        assertThat(measures.points(id)).hasSize(1);
    }

    @Test
    void anAnnotationWithoutADateIsShownOnTheDateField() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT annotation " + UUID.randomUUID());
        Long id = measures.save(m).getId();
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        Fields.setValue(view.annotations.label, "PDSA 1");
        _click(view.annotations.add);
        assertThat(view.annotations.date.isInvalid()).isTrue();
        assertThat(view.annotations.date.getErrorMessage()).contains("date");
        assertThat(view.annotations.label.getValue()).isEqualTo("PDSA 1"); // nothing typed is lost
        assertThat(measures.annotations(id)).isEmpty();
    }

    @Test
    void creatingAMeasureValidatesAndOpensIt() {
        signInAs(Role.MEMBER);
        MeasuresView list = navigateTo("measures", MeasuresView.class);
        assertThat(_size(list.grid)).isGreaterThanOrEqualTo(3);
        _click(list.create);
        MeasureForm form = _get(MeasureForm.class);
        _click(form.save);
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
        String name = "KT created " + UUID.randomUUID();
        Fields.setValue(form.name, name);
        Fields.setValue(form.direction, Direction.DOWN);
        _click(form.save);
        MeasureView view = (MeasureView) currentView();
        assertThat(view.title.getText()).isEqualTo(name);
        assertThat(view.measure().getDirection()).isEqualTo(Direction.DOWN);
    }

    @Test
    void deletingAsksFirst() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT delete " + UUID.randomUUID());
        Long id = measures.save(m).getId();
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        _click(view.delete);
        assertThat(measures.measure(id)).isPresent();
        var confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(measures.measure(id)).isEmpty();
        assertThat(currentView()).isInstanceOf(MeasuresView.class);
    }

    @Test
    void aTChartTakesEventDatesAloneAndHasNoTargets() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT T chart " + UUID.randomUUID());
        m.setChartType(ChartKind.T);
        Long id = measures.save(m).getId();
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        assertThat(view.targets.isVisible()).isFalse();
        assertThat(view.data.value.getLabel()).contains("optional");
        Fields.setValue(view.data.date, LocalDate.of(2024, 1, 1));
        _click(view.data.add);
        Fields.setValue(view.data.date, LocalDate.of(2024, 1, 11));
        _click(view.data.add);
        JsonNode spec = json(view.chart);
        assertThat(texts(spec.get("labels"))).containsExactly("11/01/2024");
        assertThat(dataset(spec, "Days between events").get("data").get(0).asDouble())
                .isEqualTo(10.0);
        assertThat(view.chart.movingRange.isVisible()).isFalse();
    }

    @Test
    void aRunChartWithAnhoejRulesDrawsItsMedianRedAndDashedOnASignal() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT Anhøj run chart " + UUID.randomUUID());
        m.setChartType(ChartKind.RUN_ANHOEJ);
        Long id = measures.save(m).getId();
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        // 10 points low, then 10 high: one crossing and a run of 10 against limits 6 and 7 (decision 120).
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            rows.append(LocalDate.of(2024, 1, 1).plusMonths(i)).append('\t').append(i < 10 ? 1 + i % 2 : 5 + i % 2);
            rows.append('\n');
        }
        Fields.setValue(view.data.paste, rows.toString());
        _click(view.data.importRows);
        JsonNode median = dataset(json(view.chart), "Median (non-random variation)");
        assertThat(median.get("data").get(0).asDouble()).isEqualTo(3.5);
        assertThat(median.get("borderColor").asString()).isEqualTo(SpcChart.TARGET);
        assertThat(texts(dataset(json(view.chart), "Data").get("pointStyle")).getLast())
                .isEqualTo("triangle");
        assertThat(view.targets.isVisible()).isFalse();
        assertThat(view.chart.movingRange.isVisible()).isFalse();
        assertThat(view.chart
                        .notes
                        .getChildren()
                        .map(c -> c.getElement().getText())
                        .toList())
                .anyMatch(n -> n.contains("longest run 10 (more than 7 suggests a shift), 1 crossing"));
    }

    @Test
    void targetsOverTimeAreDrawnFromTheirStartDate() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT targets " + UUID.randomUUID());
        Long id = measures.save(m).getId();
        for (int i = 0; i < 14; i++) {
            measures.addPoint(id, LocalDate.of(2024, 1, 1).plusMonths(i), i % 2 == 0 ? 10.0 : 12.0);
        }
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        _click(view.targets.add);
        assertThat(view.targets.value.isInvalid()).isTrue();
        Fields.setValue(view.targets.value, 30.0);
        Fields.setValue(view.targets.from, LocalDate.of(2024, 7, 1));
        _click(view.targets.add);
        assertThat(_size(view.targets.grid)).isEqualTo(1);
        JsonNode target = dataset(json(view.chart), "Target").get("data");
        assertThat(target.get(0).isNull()).isTrue();
        assertThat(target.get(13).asDouble()).isEqualTo(30.0);
        // Limits 6.68 .. 15.32 and higher is better: a target of 30 is out of reach.
        assertThat(view.chart.assuranceText()).contains("consistently fail");
    }

    @Test
    void aPastedDateTwiceIsReportedByLine() {
        signInAs(Role.MEMBER);
        Measure m = new Measure();
        m.setName("KT paste twice " + UUID.randomUUID());
        Long id = measures.save(m).getId();
        MeasureView view = navigateTo("measures/" + id, MeasureView.class);
        Fields.setValue(view.data.paste, "2024-01-01\t1\n01/01/2024\t2");
        _click(view.data.importRows);
        assertThat(measures.points(id)).hasSize(1);
        assertThat(view.data
                        .problems
                        .getChildren()
                        .map(c -> c.getElement().getText())
                        .toList())
                .containsExactly("Line 2: 01/01/2024 appears more than once: each date may have one value");
    }
}
