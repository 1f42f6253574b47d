package org.factdesk.verification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.base.ui.Notifications;
import org.factdesk.verification.VerdictScaleService;
import org.factdesk.verification.VerdictView;

/** Admins rename, recolour, reorder and extend the verdict scale; a verdict in use cannot be deleted. */
@Route("admin/verdicts")
@PageTitle("Verdict scale")
@Menu(order = 91, icon = "vaadin:scale", title = "Verdict scale")
@RolesAllowed("ADMIN")
class VerdictScaleView extends VerticalLayout {

    final Grid<VerdictView> grid = new Grid<>();
    final TextField code = new TextField("Code");
    final TextField label = new TextField("Label");
    final TextField color = new TextField("Colour");
    final IntegerField position = new IntegerField("Order");
    final Select<Integer> rating = new Select<>();
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");

    private final VerdictScaleService scale;

    VerdictScaleView(VerdictScaleService scale) {
        this.scale = scale;
        addClassName("fd-page");
        grid.addColumn(VerdictView::position).setHeader("Order").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(VerdictView::code).setHeader("Code");
        grid.addColumn(VerdictView::label).setHeader("Label");
        grid.addColumn(VerdictView::color).setHeader("Colour");
        grid.addColumn(v -> v.rating() == null ? "" : v.rating()).setHeader("ClaimReview rating");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        color.setHelperText("Like #2e7d32");
        rating.setLabel("ClaimReview rating");
        rating.setItems(5, 4, 3, 2, 1);
        rating.setEmptySelectionAllowed(true);
        rating.setItemLabelGenerator(r -> r == null ? "None" : r + (r == 5 ? " (true)" : r == 1 ? " (false)" : ""));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> {
            if (Notifications.attempt(() -> scale.delete(code.getValue()))) {
                Notifications.success("Deleted");
                refresh();
            }
        });
        var form = new HorizontalLayout(code, label, color, position, rating, save, delete);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(new Paragraph("Select a verdict to change it, or enter a new code to add one."), grid, form);
        refresh();
    }

    private void edit(VerdictView v) {
        if (v == null) {
            return;
        }
        code.setValue(v.code());
        label.setValue(v.label());
        color.setValue(v.color());
        position.setValue(v.position());
        rating.setValue(v.rating());
    }

    private void save() {
        var exists = scale.find(code.getValue().strip().toUpperCase()).isPresent();
        if (Notifications.attempt(() -> {
            if (exists) {
                scale.update(code.getValue().strip().toUpperCase(), label.getValue(), color.getValue(),
                        position.getValue() == null ? 99 : position.getValue(), rating.getValue());
            } else {
                scale.create(code.getValue(), label.getValue(), color.getValue(), position.getValue(), rating.getValue());
            }
        })) {
            Notifications.success("Saved");
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(scale.scale());
    }
}
