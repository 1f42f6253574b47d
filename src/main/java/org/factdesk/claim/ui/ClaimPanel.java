package org.factdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimEdit;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** One claim in full: its quote, claim text and tags, placement warnings, the sections other features add, and its history. */
class ClaimPanel extends VerticalLayout {


    final Div heading = new Div();
    final Div placement = new Div();
    final Paragraph quote = new Paragraph();
    final TextArea claimText = new TextArea("Claim to check");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete claim");
    final Button confirmPlacement = new Button("Placement is right");
    final Button useSelection = new Button("Use selected words");
    final Div meta = new Div();
    final Div conflict = new Div();
    /** Gives the panel the side's full height and more width, or gives the list its place back. */
    final Button room = new Button("Full height");
    private java.util.function.Consumer<Boolean> roomListener = roomy -> { };
    private boolean roomy;
    // Made when the first claim is shown: a reader opened to read builds none of them.
    private final java.util.function.Supplier<List<ClaimSection>> sectionMaker;
    private @Nullable List<ClaimSection> sections;
    private final ClaimService claims;
    private final ClaimContext context;
    private @Nullable ClaimView claim;
    // The claim as it was when its text and tags were put in the form: a save is checked against its
    // version, and someone else's change meanwhile never silently replaces what is being typed.
    private @Nullable ClaimView editBase;

    ClaimPanel(ClaimService claims, ClaimContext context, java.util.function.Supplier<List<ClaimSection>> sections) {
        this.claims = claims;
        this.context = context;
        this.sectionMaker = sections;
        setPadding(false);
        setSpacing(true);

        quote.addClassName("fd-quote");
        quote.getElement().setAttribute("aria-label", "Quoted words");
        claimText.setWidthFull();
        claimText.setMaxLength(Claim.CLAIM_TEXT_MAX_LENGTH);
        claimText.setHelperText("A checkable restatement; the quote by default");
        tags.setAllowCustomValue(true);
        tags.setWidthFull();
        tags.addCustomValueSetListener(e -> {
            var value = e.getDetail().strip().toLowerCase();
            if (!value.isEmpty()) {
                var items = new LinkedHashSet<>(tags.getSelectedItems());
                items.add(value);
                var all = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
                all.add(value);
                tags.setItems(all);
                tags.select(items);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        confirmPlacement.addClickListener(e -> confirmPlacement());
        useSelection.addClickListener(e -> reselect());
        placement.addClassName("fd-warning");
        meta.addClassName("fd-muted");

        room.setIcon(com.vaadin.flow.component.icon.VaadinIcon.EXPAND_SQUARE.create());
        room.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        room.addClassName("fd-panel-room");
        room.addClickListener(e -> roomListener.accept(!roomy));
        showRoomy(false);
        conflict.addClassName("fd-warning");
        conflict.setVisible(false);
        add(heading, placement, quote, claimText, conflict, tags, new HorizontalLayout(save, delete));
        add(meta);
        setVisible(false);
    }

    private List<ClaimSection> sections() {
        var made = sections;
        if (made == null) {
            made = sectionMaker.get();
            made.forEach(s -> add(s.component()));
            sections = made;
        }
        return made;
    }

    /** Who to tell when the person asks for more room or less. */
    void onRoom(java.util.function.Consumer<Boolean> listener) {
        this.roomListener = listener;
    }

    /** Says on the button whether the panel has the side's full height now. */
    void showRoomy(boolean roomy) {
        this.roomy = roomy;
        room.setText(roomy ? "Show the list" : "Full height");
        room.setIcon((roomy ? com.vaadin.flow.component.icon.VaadinIcon.COMPRESS_SQUARE
                : com.vaadin.flow.component.icon.VaadinIcon.EXPAND_SQUARE).create());
        room.getElement().setAttribute("aria-pressed", Boolean.toString(roomy));
        room.setTooltipText(roomy ? "Give the claims list its place back" : "Give this claim the side's full height");
    }

    @Nullable ClaimView claim() {
        return claim;
    }

    void show(@Nullable ClaimView shown) {
        if (shown == null || claim == null || claim.id() != shown.id()) {
            conflict.setVisible(false);
        }
        this.claim = shown;
        setVisible(shown != null);
        if (shown == null) {
            return;
        }
        heading.removeAll();
        var title = new H3("Claim " + shown.id());
        heading.add(title, new StatusBadge(shown.status()), room);
        showPlacement(shown);
        quote.setText(shown.exact());
        var base = editBase;
        if (base == null || base.id() != shown.id() || !typing(base)) {
            editBase = shown;
            claimText.setValue(shown.claimText());
            var known = new LinkedHashSet<>(shown.tags());
            tags.setItems(known);
            tags.select(shown.tags());
        } else if (base.claimText().equals(shown.claimText())
                && new java.util.HashSet<>(base.tags()).equals(new java.util.HashSet<>(shown.tags()))) {
            // The claim moved on in other parts (a verdict, evidence, perhaps one's own): what is being
            // typed still replaces the text and tags everyone else sees, so it is saved against the new version.
            editBase = shown;
        }
        // A published claim is locked: an editor reopens it (a correction) before anything changes.
        boolean editable = context.canEdit() && shown.status() != org.factdesk.claim.ClaimStatus.PUBLISHED;
        claimText.setReadOnly(!editable);
        tags.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(editable);
        meta.setText("Created by " + shown.createdBy() + " on " + Times.when(shown.createdAt()) + " · last changed by "
                + shown.updatedBy() + " on " + Times.when(shown.updatedAt()) + " · version " + shown.version()
                + (shown.status() == org.factdesk.claim.ClaimStatus.PUBLISHED && context.canEdit()
                        ? " · published, so locked: an editor reopens it with a correction note to change it" : ""));
        sections().forEach(s -> s.show(shown));
    }

    private void showPlacement(ClaimView shown) {
        placement.removeAll();
        var state = shown.anchorState();
        placement.setVisible(state.needsAttention());
        if (!state.needsAttention()) {
            return;
        }
        var message = switch (state) {
            case INEXACT -> "The text changed under this claim. It now sits on words that differ slightly from its "
                    + "quote; check that it is on the right words.";
            case AMBIGUOUS -> "Its words were found again, but not with everything around them: they occur more "
                    + "than once, or the sentence around them changed. Check the place.";
            case NEEDS_REVIEW -> "This claim could not be found in the current text. Select the right words in the "
                    + "text, then use them here.";
            default -> "";
        };
        placement.add(new Span(message));
        var original = shown.originalExact();
        if (state == AnchorState.INEXACT && original != null) {
            placement.add(changes(original, shown.anchor().exact()));
        }
        if (context.canEdit()) {
            placement.add(new Div(state == AnchorState.NEEDS_REVIEW ? useSelection : new HorizontalLayout(confirmPlacement, useSelection)));
        }
    }

    /** The quote as it was and the words now under the claim, with the words that changed marked. */
    private static Div changes(String was, String now) {
        var before = new Div(new Span("Was: "));
        var after = new Div(new Span("Now: "));
        for (var piece : WordChanges.between(was, now)) {
            var text = new Span(piece.text());
            switch (piece.kind()) {
                case SAME -> after.add(new Span(piece.text()));
                case REMOVED -> text.addClassName("fd-diff-removed");
                case ADDED -> text.addClassName("fd-diff-added");
            }
            (piece.kind() == WordChanges.Kind.ADDED ? after : before).add(text);
        }
        var box = new Div(before, after);
        box.addClassName("fd-word-changes");
        return box;
    }

    private boolean typing(ClaimView base) {
        return !claimText.getValue().equals(base.claimText())
                || !new java.util.HashSet<>(tags.getSelectedItems()).equals(new java.util.HashSet<>(base.tags()));
    }

    private void save() {
        var shown = claim;
        var base = editBase;
        if (shown == null || base == null) {
            return;
        }
        try {
            var updated = claims.update(shown.id(), base.version(),
                    ClaimEdit.of(claimText.getValue(), new ArrayList<>(tags.getSelectedItems())));
            editBase = null;
            context.claimChanged(updated.id());
            Notifications.success("Claim saved");
        } catch (StaleVersionException e) {
            // Never overwrite silently: say who changed it and show their version, and keep ours beside it.
            var mine = claimText.getValue();
            var current = claims.get(shown.id());
            Notifications.error("Not saved: " + current.updatedBy() + " changed this claim on "
                    + Times.when(current.updatedAt()) + ". Their version is shown now; your text is kept below.");
            editBase = null;
            context.claimChanged(shown.id());
            showConflict(mine);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this");
        }
    }

    /** The text a refused save would have written, with a way to take it up again. */
    private void showConflict(String mine) {
        conflict.removeAll();
        var again = new Button("Use my text again", e -> {
            claimText.setValue(mine);
            conflict.setVisible(false);
        });
        again.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        var text = new Paragraph(mine);
        text.addClassName("fd-quote");
        conflict.add(new Span("Your unsaved text:"), text, again);
        conflict.setVisible(true);
    }

    private void confirmDelete() {
        var shown = claim;
        if (shown == null) {
            return;
        }
        var dialog = new ConfirmDialog("Delete claim " + shown.id() + "?",
                "The claim, its attribution and evidence links go; its history stays in the audit trail.", "Delete",
                e -> {
                    if (Notifications.attempt(() -> claims.delete(shown.id(), shown.version()))) {
                        Notifications.success("Claim deleted");
                        context.claimChanged(shown.id());
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void confirmPlacement() {
        var shown = claim;
        if (shown != null && Notifications.attempt(() -> claims.confirmAnchor(shown.id(), shown.version()))) {
            context.claimChanged(shown.id());
        }
    }

    private void reselect() {
        var shown = claim;
        var selection = context.lastSelection();
        if (shown == null) {
            return;
        }
        if (selection.isEmpty()) {
            Notifications.error("Select the claim's words in the text first");
            return;
        }
        var span = selection.get();
        if (Notifications.attempt(() -> claims.reselect(shown.id(), shown.version(), span.start(), span.end(), null))) {
            Notifications.success("The claim now sits on \u201C" + context.textOf(span) + "\u201D");
            context.claimChanged(shown.id());
        }
    }
}
