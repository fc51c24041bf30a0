package org.qcommons.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureService;
import org.qcommons.spc.ChartKind;
import org.qcommons.spc.ConflictRule;
import org.qcommons.spc.Direction;

/** Create or edit a measure. Invalid input stays in the form with a message on the field. */
public class MeasureForm extends Dialog {

    final TextField name = new TextField("Name");
    final TextField unit = new TextField("Unit");
    final TextArea definition = new TextArea("Operational definition");
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>("Direction of improvement");
    final NumberField target = new NumberField("Target (optional)");
    final Select<Integer> runLength = new Select<>();
    final Select<ChartKind> chartType = new Select<>();
    final Checkbox screenOutliers = new Checkbox("Leave unusually large moving ranges out of the limits");
    final IntegerField fixAfter = new IntegerField("Fix the limits after (points, optional)");
    final Select<ConflictRule> conflictRule = new Select<>();
    final Button save = new Button("Save");
    private final BeanValidationBinder<Measure> binder = new BeanValidationBinder<>(Measure.class);

    public MeasureForm(MeasureService service, Measure measure, Consumer<Measure> onSaved) {
        setHeaderTitle(measure.isNew() ? "New measure" : "Edit measure");
        name.setRequiredIndicatorVisible(true);
        name.setHelperText("For example \"Patients screened for sepsis within one hour\"");
        unit.setHelperText("For example %, patients, days");
        definition.setHelperText("What is counted, from where, and how often");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        runLength.setLabel("Points in a shift or trend");
        runLength.setItems(6, 7, 8);
        runLength.setHelperText("Making Data Count uses 6");
        chartType.setLabel("Chart type");
        chartType.setItems(ChartKind.values());
        chartType.setItemLabelGenerator(ChartKind::label);
        chartType.setHelperText("XmR for most measures; T or G for rare events such as falls or infections");
        screenOutliers.setTooltipText("Moving ranges above 3.267 times their mean are left out, as "
                + "NHSRplotthedots and the Making Data Count SQL allow. Off by default, as in the SQL.");
        fixAfter.setMin(2);
        fixAfter.setHelperText("Leave empty to recalculate the limits with every point");
        conflictRule.setLabel("A point that is both improvement and concern shows as");
        conflictRule.setItems(ConflictRule.values());
        conflictRule.setItemLabelGenerator(ConflictRule::label);
        binder.forField(name).asRequired("Give the measure a name").bind("name");
        binder.forField(unit).bind("unit");
        binder.forField(definition).bind("definition");
        binder.forField(direction)
                .asRequired("Choose whether higher or lower is better")
                .bind("direction");
        binder.forField(target).bind("target");
        binder.forField(runLength).asRequired().bind("runLength");
        binder.forField(chartType).asRequired("Choose a chart type").bind("chartType");
        binder.forField(screenOutliers).bind("screenOutliers");
        binder.forField(fixAfter).bind("fixAfter");
        binder.forField(conflictRule)
                .asRequired("Choose how a point flagged both ways is shown")
                .bind("conflictRule");
        binder.setBean(measure);
        FormLayout form = new FormLayout(
                name,
                unit,
                direction,
                target,
                chartType,
                runLength,
                fixAfter,
                conflictRule,
                screenOutliers,
                definition);
        form.setColspan(screenOutliers, 2);
        form.setColspan(definition, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!FirstError.validate(binder)) {
                return;
            }
            try {
                Measure saved = service.save(measure);
                close();
                onSaved.accept(saved);
            } catch (ConcurrentEditException ex) {
                new ConfirmDialog(
                                "Someone else changed this measure",
                                ex.getMessage(),
                                "Reload",
                                ok -> getUI().ifPresent(ui -> ui.getPage().reload()))
                        .open();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        setWidth("min(48rem, 95vw)");
    }
}
