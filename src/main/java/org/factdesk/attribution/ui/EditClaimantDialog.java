package org.factdesk.attribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.factdesk.attribution.ClaimantDraft;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantRole;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** Edits a claimant's name, kind, aliases, dated roles and notes; refusals show on the field concerned. */
class EditClaimantDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Select<ClaimantKind> kind = new Select<>();
    final TextArea aliases = new TextArea("Aliases and spellings");
    final TextArea roles = new TextArea("Roles");
    final TextField wikidata = new TextField("Wikidata id");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save");

    EditClaimantDialog(ClaimantService claimants, ClaimantView claimant, Consumer<ClaimantView> saved) {
        setHeaderTitle("Edit " + claimant.name());
        setWidth("min(44rem, 95vw)");
        name.setValue(claimant.name());
        kind.setLabel("Kind");
        kind.setItems(ClaimantKind.values());
        kind.setItemLabelGenerator(ClaimantKind::label);
        kind.setValue(claimant.kind());
        aliases.setValue(String.join("\n", claimant.aliases()));
        aliases.setHelperText("One per line: Kiev, the Ukrainian government");
        roles.setValue(String.join("\n", claimant.roles().stream().map(EditClaimantDialog::line).toList()));
        roles.setHelperText("One per line: title | from | to, dates as 2021-01-20 and optional");
        wikidata.setValue(claimant.wikidataId() == null ? "" : claimant.wikidataId());
        notes.setValue(claimant.notes() == null ? "" : claimant.notes());
        var form = new FormLayout(name, kind, aliases, roles, wikidata, notes);
        form.setColspan(aliases, 2);
        form.setColspan(roles, 2);
        form.setColspan(notes, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            var fields = Map.of("name", name, "aliases", aliases, "roles", roles, "wikidataId", wikidata, "notes", notes);
            FieldErrors.attempt(fields, () -> claimants.update(claimant.id(), claimant.version(),
                    new ClaimantDraft(name.getValue(), kind.getValue(), lines(aliases.getValue()), parseRoles(roles.getValue()),
                            wikidata.getValue(), notes.getValue()))).ifPresent(result -> {
                                close();
                                Notifications.success(result.name() + " saved");
                                saved.accept(result);
                            });
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String line(ClaimantRole role) {
        return role.title() + (role.startedOn() == null && role.endedOn() == null ? ""
                : " | " + date(role.startedOn()) + " | " + date(role.endedOn()));
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** "White House Press Secretary | 2021-01-20 | 2022-05-13" per line; the dates may be left out. */
    static List<ClaimantRole> parseRoles(String text) {
        var result = new ArrayList<ClaimantRole>();
        for (var line : lines(text)) {
            var parts = line.split("\\|", -1);
            if (parts.length > 3) {
                throw new InvalidInputException("roles", "\u201C" + line + "\u201D has more than title | from | to");
            }
            result.add(new ClaimantRole(parts[0], parts.length > 1 ? day(parts[1], line) : null,
                    parts.length > 2 ? day(parts[2], line) : null));
        }
        return result;
    }

    private static @Nullable LocalDate day(String text, String line) {
        var t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("roles", "\u201C" + t + "\u201D in \u201C" + line
                    + "\u201D is not a date like 2021-01-20");
        }
    }
}
