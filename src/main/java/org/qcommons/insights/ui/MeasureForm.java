package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

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

    final TextField name = new TextField(t("form.name"));
    final TextField unit = new TextField(t("form.unit"));
    final TextArea definition = new TextArea(t("form.definition"));
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>(t("form.direction"));
    final NumberField target = new NumberField(t("form.target"));
    final Select<Integer> runLength = new Select<>();
    final Select<ChartKind> chartType = new Select<>();
    final Checkbox screenOutliers = new Checkbox(t("form.screenOutliers"));
    final IntegerField fixAfter = new IntegerField(t("form.fixAfter"));
    final Select<ConflictRule> conflictRule = new Select<>();
    final Button save = new Button(t("form.save"));
    private final BeanValidationBinder<Measure> binder = new BeanValidationBinder<>(Measure.class);

    public MeasureForm(MeasureService service, Measure measure, Consumer<Measure> onSaved) {
        setHeaderTitle(measure.isNew() ? t("form.new") : t("form.edit"));
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(t("form.nameHelper"));
        unit.setHelperText(t("form.unitHelper"));
        definition.setHelperText(t("form.definitionHelper"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        runLength.setLabel(t("form.runLength"));
        runLength.setItems(6, 7, 8);
        runLength.setHelperText(t("form.runLengthHelper"));
        chartType.setLabel(t("form.chartType"));
        chartType.setItems(ChartKind.values());
        chartType.setItemLabelGenerator(ChartKind::label);
        chartType.setHelperText(t("form.chartTypeHelper"));
        screenOutliers.setTooltipText(t("form.screenOutliersTooltip"));
        fixAfter.setMin(2);
        fixAfter.setHelperText(t("form.fixAfterHelper"));
        conflictRule.setLabel(t("form.conflictRule"));
        conflictRule.setItems(ConflictRule.values());
        conflictRule.setItemLabelGenerator(ConflictRule::label);
        binder.forField(name).asRequired(t("form.nameMissing")).bind("name");
        binder.forField(unit).bind("unit");
        binder.forField(definition).bind("definition");
        binder.forField(direction).asRequired(t("form.directionMissing")).bind("direction");
        binder.forField(target).bind("target");
        binder.forField(runLength).asRequired().bind("runLength");
        binder.forField(chartType).asRequired(t("form.chartTypeMissing")).bind("chartType");
        binder.forField(screenOutliers).bind("screenOutliers");
        binder.forField(fixAfter).bind("fixAfter");
        binder.forField(conflictRule).asRequired(t("form.conflictRuleMissing")).bind("conflictRule");
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
                                t("form.conflict.title"),
                                ex.getMessage(),
                                t("form.conflict.reload"),
                                ok -> getUI().ifPresent(ui -> ui.getPage().reload()))
                        .open();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        Button cancel = new Button(t("cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(48rem, 95vw)");
    }
}
