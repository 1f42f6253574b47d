package org.factdesk.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.search.SavedFilterService;
import org.factdesk.search.SavedFilterView;

/**
 * "Saved filters": the person's own saved claim searches, to open with one click, and the current
 * search saved under a name ("My in-review claims"); saving under a name one already has changes it.
 */
class SavedFiltersMenu extends MenuBar {

    private final SavedFilterService filters;
    private final Supplier<String> current;
    private final Consumer<String> open;

    SavedFiltersMenu(SavedFilterService filters, Supplier<String> current, Consumer<String> open) {
        this.filters = filters;
        this.current = current;
        this.open = open;
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        getElement().setAttribute("aria-label", "Saved filters");
        refresh();
    }

    /** Rebuilds the menu from what is saved now. */
    void refresh() {
        removeAll();
        var root = addItem("Saved filters");
        root.addComponentAsFirst(VaadinIcon.BOOKMARK_O.create());
        var menu = root.getSubMenu();
        var mine = filters.mine();
        for (var filter : mine) {
            var item = menu.addItem(filter.name(), e -> open.accept(filter.search()));
            item.getElement().setAttribute("title", filter.search().isEmpty() ? "Every claim" : filter.search());
        }
        if (mine.isEmpty()) {
            menu.addItem(new Span("None saved yet")).setEnabled(false);
        }
        menu.addSeparator();
        menu.addItem("Save this filter\u2026", e -> saveDialog());
        if (!mine.isEmpty()) {
            var remove = menu.addItem("Remove").getSubMenu();
            for (var filter : mine) {
                remove.addItem(filter.name(), e -> remove(filter));
            }
        }
    }

    private void remove(SavedFilterView filter) {
        if (Notifications.attempt(() -> filters.delete(filter.name()))) {
            Notifications.success("Removed the saved filter \u201c" + filter.name() + "\u201d");
        }
        refresh();
    }

    /** Opens the dialog that names the current search (package-private for view tests). */
    Dialog saveDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Save this filter");
        var name = new TextField("Name");
        name.setPlaceholder("My in-review claims");
        name.setMaxLength(100);
        name.setWidthFull();
        var search = current.get();
        var says = new Span(search.isEmpty() ? "Every claim, newest change first" : search);
        says.addClassName("fd-muted");
        var save = new Button("Save", e -> {
            var existed = filters.mine().stream().anyMatch(f -> f.name().equals(name.getValue().strip()));
            FieldErrors.attempt(Map.of("name", name), () -> filters.save(name.getValue(), search)).ifPresent(saved -> {
                Notifications.success((existed ? "Changed" : "Saved") + " the filter \u201c" + saved.name() + "\u201d");
                dialog.close();
                refresh();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, says);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
        return dialog;
    }
}
