package org.factdesk.attribution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.base.Patch;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.AttributionView;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.attribution.TextSpan;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.SectionSummary;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.claim.ui.Reader;
import org.factdesk.document.DocumentService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The attribution part of the claim panel: who the claim is attributed to, with which role and
 * cue, in what form, the source and cue words marked in the text, and the attribution check.
 */
class AttributionSection extends VerticalLayout implements ClaimSection {

    final ComboBox<ClaimantView> claimant = new ComboBox<>("Attributed to");
    final TextField statedRole = new TextField("Role or title the article gives");
    final TextField cue = new TextField("Cue");
    final Select<AttributionForm> form = new Select<>();
    final Button markSource = new Button("Mark selected words as source");
    final Button markCue = new Button("Mark selected words as cue");
    final Span spans = new Span();
    final SpanNotices spanNotices = new SpanNotices();
    final Button save = new Button("Save attribution");
    final RolesHeld rolesHeld = new RolesHeld();
    final Select<AttributionCheck> check = new Select<>();
    final TextArea checkNote = new TextArea("What was found");
    final Button saveCheck = new Button("Save check");
    final Span checkedBy = new Span();
    final Details who;
    final Details right;

    private final AttributionService attributions;
    private final ClaimantService claimants;
    private final DocumentService documents;
    private final ClaimContext context;
    private @Nullable ClaimView claim;
    private @Nullable AttributionView current;
    // The claim and attribution the form was filled from: saves are checked against that version, and a
    // change by someone else meanwhile never silently replaces what is being typed.
    private @Nullable ClaimView editBase;
    private @Nullable AttributionView filledFrom;
    private @Nullable TextSpan sourceSpan;
    private @Nullable TextSpan cueSpan;
    private boolean spansChanged;

    AttributionSection(AttributionService attributions, ClaimantService claimants, DocumentService documents,
            ClaimContext context) {
        this.attributions = attributions;
        this.claimants = claimants;
        this.documents = documents;
        this.context = context;
        setPadding(false);
        setSpacing(false);
        addClassName("fd-attribution");

        claimant.setWidthFull();
        claimant.setPlaceholder("Type a name or alias (Kiev finds Kyiv)");
        claimant.setItemLabelGenerator(ClaimantView::label);
        claimant.setItems(query -> claimants.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        claimant.setAllowCustomValue(true);
        claimant.addCustomValueSetListener(e -> openNewClaimant(e.getDetail()));
        claimant.addValueChangeListener(e -> showRoles());
        statedRole.setWidthFull();
        statedRole.setPlaceholder("e.g. US State Department spokeswoman");
        cue.setPlaceholder("said, claimed, accused, according to");
        form.setLabel("Form");
        form.setItems(AttributionForm.values());
        form.setItemLabelGenerator(AttributionForm::label);
        markSource.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        markCue.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        markSource.addClickListener(e -> mark(true));
        markCue.addClickListener(e -> mark(false));
        spans.addClassName("fd-muted");
        save.addClickListener(e -> saveAttribution());

        check.setLabel("Attribution check");
        check.setItems(AttributionCheck.values());
        check.setItemLabelGenerator(AttributionCheck::label);
        check.setWidthFull();
        checkNote.setWidthFull();
        checkNote.setHelperText("Needed for every result but Unverified; all but Unattributable also need evidence");
        saveCheck.addClickListener(e -> saveCheck());
        checkedBy.addClassName("fd-muted");

        var details = new VerticalLayout(claimant, rolesHeld, statedRole, row(cue, form), row(markSource, markCue),
                spans, spanNotices, save);
        details.setPadding(false);
        details.setSpacing(false);
        var checkBox = new VerticalLayout(check, checkNote, saveCheck, checkedBy);
        checkBox.setPadding(false);
        checkBox.setSpacing(false);
        who = SectionSummary.titled("Who said it", details);
        right = SectionSummary.titled("Is the attribution right?", checkBox);
        add(who, right);
    }

    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setWidthFull();
        row.setWrap(true);
        return row;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(ClaimView shown) {
        this.claim = shown;
        this.current = attributions.get(shown.id()).orElse(null);
        var a = current;
        var base = editBase;
        if (base == null || base.id() != shown.id() || !typing()) {
            fill(shown, a);
        } else if (AttributionView.sameContent(filledFrom, a)) {
            // Only other parts changed (the text, a verdict, one's own evidence): what is being typed still
            // replaces the attribution everyone else sees, so it is saved against the new version.
            editBase = shown;
        }
        checkedBy.setText(a == null || a.checkedBy() == null ? ""
                : "Checked by " + a.checkedBy() + (a.checkedAt() == null ? "" : " on " + Times.when(a.checkedAt())));
        showRoles();
        SectionSummary.say(who, a == null || a.claimant() == null ? "Not attributed yet"
                : a.claimant().name() + (a.cue() == null ? "" : " \u00b7 " + a.cue()));
        SectionSummary.say(right, (a == null ? AttributionCheck.UNVERIFIED : a.check()).label());
        boolean editable = context.canEdit() && shown.status() != org.factdesk.claim.ClaimStatus.PUBLISHED;
        for (var c : List.<com.vaadin.flow.component.HasValue<?, ?>>of(claimant, statedRole, cue, form, check, checkNote)) {
            c.setReadOnly(!editable);
        }
        save.setVisible(editable);
        saveCheck.setVisible(editable);
        markSource.setVisible(editable);
        markCue.setVisible(editable);
    }

    private void fill(ClaimView shown, @Nullable AttributionView a) {
        editBase = shown;
        filledFrom = a;
        claimant.setValue(a == null || a.claimant() == null ? null : a.claimant());
        statedRole.setValue(a == null || a.statedRole() == null ? "" : a.statedRole());
        cue.setValue(a == null || a.cue() == null ? "" : a.cue());
        form.setValue(a == null ? AttributionForm.INDIRECT : a.form());
        sourceSpan = a == null ? null : a.sourceSpan();
        cueSpan = a == null ? null : a.cueSpan();
        spansChanged = false;
        describeSpans();
        spanNotices.show(a);
        check.setValue(a == null ? AttributionCheck.UNVERIFIED : a.check());
        checkNote.setValue(a == null || a.checkNote() == null ? "" : a.checkNote());
    }

    /**
     * After a refusal because someone changed the claim meanwhile (the message said who): show their
     * version, then put what was typed back, so saving again applies it over theirs knowingly.
     */
    private void keepTypedOverTheirs(ClaimView shown) {
        var typedClaimant = claimant.getValue();
        var typedRole = statedRole.getValue();
        var typedCue = cue.getValue();
        var typedForm = form.getValue();
        var typedCheck = check.getValue();
        var typedNote = checkNote.getValue();
        var typedSource = sourceSpan;
        var typedCueSpan = cueSpan;
        var typedSpans = spansChanged;
        editBase = null;
        context.claimChanged(shown.id());
        claimant.setValue(typedClaimant);
        statedRole.setValue(typedRole);
        cue.setValue(typedCue);
        form.setValue(typedForm);
        check.setValue(typedCheck);
        checkNote.setValue(typedNote);
        sourceSpan = typedSource;
        cueSpan = typedCueSpan;
        spansChanged = typedSpans;
        describeSpans();
    }

    /** The form's fields by the name the service gives a refusal. */
    private java.util.Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return java.util.Map.of("claimantId", claimant, "statedRole", statedRole, "cue", cue, "form", form,
                "check", check, "checkNote", checkNote);
    }

    /** Whether the form holds something typed and not saved. */
    private boolean typing() {
        var a = filledFrom;
        var claimantId = claimant.getValue() == null ? null : claimant.getValue().id();
        return spansChanged
                || !java.util.Objects.equals(claimantId, a == null || a.claimant() == null ? null : a.claimant().id())
                || !statedRole.getValue().equals(a == null || a.statedRole() == null ? "" : a.statedRole())
                || !cue.getValue().equals(a == null || a.cue() == null ? "" : a.cue())
                || form.getValue() != (a == null ? AttributionForm.INDIRECT : a.form())
                || check.getValue() != (a == null ? AttributionCheck.UNVERIFIED : a.check())
                || !checkNote.getValue().equals(a == null || a.checkNote() == null ? "" : a.checkNote());
    }

    /** The roles the chosen claimant held on the document's date: the check of a stated title. */
    private void showRoles() {
        var chosen = claim == null ? null : claimant.getValue();
        var shown = claim;
        rolesHeld.show(chosen, chosen == null || chosen.roles().isEmpty() || shown == null ? null
                : documents.summary(shown.documentId()).metadata().publishedAt());
    }

    private void mark(boolean source) {
        var selection = context.lastSelection();
        if (selection.isEmpty()) {
            Notifications.error("Select the words in the text first");
            return;
        }
        var span = selection.get();
        var words = context.textOf(span).strip();
        var marked = new TextSpan(span.start(), span.end(), context.textOf(span));
        if (words.isEmpty()) {
            return;
        }
        if (source) {
            sourceSpan = marked;
            if (claimant.getValue() == null) {
                // Offer the claimant the words name, if one matches.
                claimants.search(words, PageRequest.of(0, 1)).stream().findFirst().ifPresent(claimant::setValue);
            }
        } else {
            cueSpan = marked;
            if (cue.getValue().isBlank()) {
                cue.setValue(words.toLowerCase());
            }
        }
        spansChanged = true;
        describeSpans();
        context.showSpans(pending());
    }

    private List<Reader.MarkedSpan> pending() {
        var marked = new ArrayList<Reader.MarkedSpan>();
        long id = claim == null ? -1 : claim.id();
        if (sourceSpan != null) {
            marked.add(new Reader.MarkedSpan(id, "SOURCE", sourceSpan.start(), sourceSpan.end()));
        }
        if (cueSpan != null) {
            marked.add(new Reader.MarkedSpan(id, "CUE", cueSpan.start(), cueSpan.end()));
        }
        return marked;
    }

    private void describeSpans() {
        var text = new ArrayList<String>();
        if (sourceSpan != null) {
            text.add("source \u201C" + sourceSpan.exact() + "\u201D");
        }
        if (cueSpan != null) {
            text.add("cue \u201C" + cueSpan.exact() + "\u201D");
        }
        spans.setText(text.isEmpty() ? "No words marked" : "Marked: " + String.join(", ", text)
                + (spansChanged ? " (not saved yet)" : ""));
    }

    private void saveAttribution() {
        var shown = claim;
        if (shown == null) {
            return;
        }
        var draft = AttributionDraft.of(claimant.getValue() == null ? null : claimant.getValue().id(),
                statedRole.getValue(), cue.getValue(), form.getValue());
        if (spansChanged) {
            draft = draft.withSpans(Patch.of(sourceSpan), Patch.of(cueSpan));
        }
        var base = editBase;
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            attributions.set(shown.id(), base == null ? shown.version() : base.version(), draft);
            Notifications.success("Attribution saved");
            editBase = null;
            context.claimChanged(shown.id());
        } catch (org.factdesk.base.InvalidInputException e) {
            // "The cue has at most 200 characters", "needs a note": said on the field it is about.
            org.factdesk.base.ui.FieldErrors.show(fields(), e);
        } catch (RuntimeException e) {
            Notifications.refused(e);
            if (e instanceof org.factdesk.base.StaleVersionException) {
                keepTypedOverTheirs(shown);
            }
        }
    }

    private void saveCheck() {
        var shown = claim;
        if (shown == null) {
            return;
        }
        var draft = AttributionDraft.checked(check.getValue(), checkNote.getValue());
        var base = editBase;
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            attributions.set(shown.id(), base == null ? shown.version() : base.version(), draft);
            Notifications.success("Attribution check saved");
            editBase = null;
            context.claimChanged(shown.id());
        } catch (org.factdesk.base.InvalidInputException e) {
            // "The cue has at most 200 characters", "needs a note": said on the field it is about.
            org.factdesk.base.ui.FieldErrors.show(fields(), e);
        } catch (RuntimeException e) {
            Notifications.refused(e);
            if (e instanceof org.factdesk.base.StaleVersionException) {
                keepTypedOverTheirs(shown);
            }
        }
    }

    private void openNewClaimant(String name) {
        if (!context.canEdit()) {
            return;
        }
        new NewClaimantDialog(claimants, name, created -> {
            claimant.getDataProvider().refreshAll();
            claimant.setValue(created);
        }).open();
    }
}
