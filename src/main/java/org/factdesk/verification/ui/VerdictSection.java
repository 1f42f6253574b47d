package org.factdesk.verification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.Map;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.SectionSummary;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.factdesk.verification.CommentService;
import org.factdesk.verification.ReviewService;
import org.factdesk.verification.WorkflowStep;
import org.factdesk.verification.ReviewView;
import org.factdesk.verification.VerdictScaleService;
import org.factdesk.verification.VerdictView;
import org.jspecify.annotations.Nullable;

/**
 * The verification part of the claim panel: the workflow steps open to this user, the verdict with
 * its rationale, the assignee, and the comment thread.
 */
class VerdictSection extends VerticalLayout implements ClaimSection {

    @SpringComponent
    static class Factory implements ClaimSection.Factory {

        private final ReviewService reviews;
        private final VerdictScaleService scale;
        private final CommentService comments;
        private final UserService users;
        private final CurrentUser currentUser;

        Factory(ReviewService reviews, VerdictScaleService scale, CommentService comments, UserService users,
                CurrentUser currentUser) {
            this.reviews = reviews;
            this.scale = scale;
            this.comments = comments;
            this.users = users;
            this.currentUser = currentUser;
        }

        @Override
        public int order() {
            return 0;
        }

        @Override
        public ClaimSection create(ClaimContext context) {
            return new VerdictSection(reviews, scale, comments, users, currentUser, context);
        }
    }

    final Div steps = new Div();
    final Select<VerdictView> verdict = new Select<>();
    final TextArea rationale = new TextArea("Rationale");
    final TextArea noEvidenceNote = new TextArea("Why no evidence exists (Unproven only)");
    final Button saveVerdict = new Button("Save verdict");
    final Span verdictBy = new Span();
    final ComboBox<String> assignee = new ComboBox<>("Assigned to");

    private final ReviewService reviews;
    private final CommentThread commentThread;
    final Details verification;
    final Details commentsBox;
    private final CurrentUser currentUser;
    private final ClaimContext context;
    private @Nullable ClaimView claim;
    private @Nullable ReviewView review;
    // The claim and review the verdict fields were filled from: a save is checked against that version,
    // and a change by someone else meanwhile never silently replaces what is being typed.
    private @Nullable ClaimView editBase;
    private @Nullable ReviewView filledFrom;

    VerdictSection(ReviewService reviews, VerdictScaleService scale, CommentService comments, UserService users,
            CurrentUser currentUser, ClaimContext context) {
        this.reviews = reviews;
        this.commentThread = new CommentThread(comments, context);
        this.currentUser = currentUser;
        this.context = context;
        setPadding(false);
        setSpacing(false);

        steps.addClassName("fd-steps");
        verdict.setLabel("Verdict");
        verdict.setItems(scale.scale());
        verdict.setItemLabelGenerator(v -> v == null ? "No verdict yet" : v.label());
        verdict.setEmptySelectionAllowed(true);
        verdict.setEmptySelectionCaption("No verdict yet");
        rationale.setWidthFull();
        noEvidenceNote.setWidthFull();
        verdict.addValueChangeListener(e -> noEvidenceNote.setVisible(e.getValue() != null
                && VerdictView.UNPROVEN.equals(e.getValue().code())));
        saveVerdict.addClickListener(e -> saveVerdict());
        verdictBy.addClassName("fd-muted");
        assignee.setItems(users.reviewers());
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder("Nobody");
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient() && claim != null) {
                var shown = claim;
                if (Notifications.attempt(() -> reviews.assign(shown.id(), shown.version(), e.getValue()))) {
                    Notifications.success(e.getValue() == null ? "Unassigned" : "Assigned to " + e.getValue());
                    context.claimChanged(shown.id());
                }
            }
        });

        var verdictBox = new VerticalLayout(steps, verdict, rationale, noEvidenceNote, saveVerdict, verdictBy, assignee);
        verdictBox.setPadding(false);
        verdictBox.setSpacing(false);
        verification = SectionSummary.titled("Verification", verdictBox);
        commentsBox = SectionSummary.titled("Comments", commentThread);
        commentsBox.setOpened(false);
        add(verification, commentsBox);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(ClaimView shown) {
        this.claim = shown;
        this.review = reviews.get(shown.id());
        var r = review;
        var base = editBase;
        if (base == null || base.id() != shown.id() || !typing()) {
            fill(shown, r);
        } else if (filledFrom != null && sameVerdict(filledFrom, r)) {
            // Only other parts changed (the text, evidence, one's own assignment): what is being typed still
            // replaces the verdict everyone else sees, so it is saved against the new version.
            editBase = shown;
        }
        var parts = new ArrayList<String>();
        if (r.verdictBy() != null) {
            parts.add("verdict by " + r.verdictBy() + (r.verdictAt() == null ? "" : " on " + Times.when(r.verdictAt())));
        }
        if (r.approvedBy() != null) {
            parts.add("approved by " + r.approvedBy() + (r.approvedAt() == null ? "" : " on " + Times.when(r.approvedAt())));
        }
        for (var correction : r.corrections()) {
            parts.add("corrected on " + Times.when(correction.correctedAt()) + " by " + correction.correctedBy() + ": "
                    + correction.note());
        }
        if (r.importedFrom() != null) {
            parts.add(r.importedFrom());
        }
        verdictBy.setText(String.join(" · ", parts));
        assignee.setValue(r.assignee());
        boolean researching = shown.status() == ClaimStatus.UNCHECKED || shown.status() == ClaimStatus.IN_RESEARCH;
        boolean editable = context.canEdit();
        verdict.setReadOnly(!editable || !researching);
        rationale.setReadOnly(!editable || !researching);
        noEvidenceNote.setReadOnly(!editable || !researching);
        saveVerdict.setVisible(editable && researching);
        // A published claim is locked until an editor reopens it; so is who works on it.
        assignee.setReadOnly(!editable || shown.status() == ClaimStatus.PUBLISHED);
        showSteps(shown);
        commentThread.show(shown);
        SectionSummary.say(verification, String.join(" \u00b7 ", java.util.stream.Stream.of(
                r.verdict() == null ? "No verdict yet" : r.verdict().label(), shown.status().label(),
                r.assignee() == null ? "nobody assigned" : "assigned to " + r.assignee()).toList()));
        int n = commentThread.count();
        SectionSummary.say(commentsBox, n == 0 ? "none yet" : n == 1 ? "1 comment" : n + " comments");
    }

    /** Buttons for the steps this user may take from the claim's status, as the review service offers them. */
    private void showSteps(ClaimView shown) {
        steps.removeAll();
        if (!context.canEdit()) {
            return;
        }
        for (var step : reviews.nextSteps(shown.id())) {
            var button = new Button(step.label(), e -> {
                if (step.needsNote()) {
                    askNote(shown, step);
                } else {
                    step(shown, step.to(), null);
                }
            });
            if (step.to() == ClaimStatus.PUBLISHED || step.to() == ClaimStatus.IN_REVIEW) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                button.addThemeVariants(ButtonVariant.TERTIARY);
            }
            if (step.needsNote()) {
                button.addThemeVariants(ButtonVariant.ERROR);
            }
            steps.add(button);
            if (!step.allowed()) {
                // Say why before the click, not after: the two-person rule, not the role.
                button.setEnabled(false);
                var why = new Span(step.refusal());
                why.addClassName("fd-muted");
                steps.add(why);
            }
        }
    }

    private void askNote(ClaimView shown, WorkflowStep step) {
        var label = step.label();
        var to = step.to();
        var dialog = new Dialog();
        dialog.setHeaderTitle(label + " claim " + shown.id());
        var note = new TextArea("Why");
        note.setWidth("28rem");
        note.setRequiredIndicatorVisible(true);
        note.setHelperText("Goes into the claim's history, for whoever works on it next");
        // A field error goes as soon as its cause does.
        note.addValueChangeListener(e -> {
            if (!e.getValue().isBlank()) {
                note.setInvalid(false);
            }
        });
        dialog.add(note);
        var ok = new Button(label, e -> {
            if (note.getValue().isBlank()) {
                note.setErrorMessage("Say why: a claim is " + (step.kind() == WorkflowStep.Kind.REOPEN ? "reopened" : "sent back")
                        + " with a note");
                note.setInvalid(true);
                note.focus();
            } else if (step(shown, to, note.getValue())) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private boolean step(ClaimView shown, ClaimStatus to, @Nullable String note) {
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            reviews.transition(shown.id(), shown.version(), to, note);
            Notifications.success("Claim " + shown.id() + " is now " + to.label().toLowerCase());
            context.claimChanged(shown.id());
            return true;
        } catch (ClaimStatus.IllegalTransitionException e) {
            Notifications.error(e.getMessage());
            context.claimChanged(shown.id());
            return false;
        } catch (InvalidInputException e) {
            // "Write the rationale before sending it to review": said on the rationale, where it is missing.
            FieldErrors.show(fields(), e);
            return false;
        } catch (RuntimeException e) {
            Notifications.refused(e);
            return false;
        }
    }

    private void fill(ClaimView shown, ReviewView r) {
        editBase = shown;
        filledFrom = r;
        verdict.setValue(r.verdict());
        rationale.setValue(r.rationale() == null ? "" : r.rationale());
        noEvidenceNote.setValue(r.noEvidenceNote() == null ? "" : r.noEvidenceNote());
        noEvidenceNote.setVisible(r.verdict() != null && VerdictView.UNPROVEN.equals(r.verdict().code()));
    }

    private static boolean sameVerdict(ReviewView a, ReviewView b) {
        return java.util.Objects.equals(a.verdict() == null ? null : a.verdict().code(),
                b.verdict() == null ? null : b.verdict().code())
                && java.util.Objects.equals(a.rationale(), b.rationale())
                && java.util.Objects.equals(a.noEvidenceNote(), b.noEvidenceNote());
    }

    /** Whether the verdict fields hold something the user typed and has not saved. */
    private boolean typing() {
        var r = filledFrom;
        if (r == null) {
            return false;
        }
        var code = verdict.getValue() == null ? null : verdict.getValue().code();
        return !java.util.Objects.equals(code, r.verdict() == null ? null : r.verdict().code())
                || !rationale.getValue().equals(r.rationale() == null ? "" : r.rationale())
                || !noEvidenceNote.getValue().equals(r.noEvidenceNote() == null ? "" : r.noEvidenceNote());
    }

    private void saveVerdict() {
        var shown = claim;
        var base = editBase;
        if (shown == null || base == null || review == null) {
            return;
        }
        var typedVerdict = verdict.getValue();
        var typedRationale = rationale.getValue();
        var typedNote = noEvidenceNote.getValue();
        var stale = new boolean[1];
        var saved = FieldErrors.attempt(fields(), () -> {
            try {
                return reviews.setVerdict(shown.id(), base.version(), typedVerdict == null ? null : typedVerdict.code(),
                        typedRationale, typedNote);
            } catch (org.factdesk.base.StaleVersionException e) {
                stale[0] = true;
                throw e;
            }
        });
        if (saved.isPresent()) {
            Notifications.success("Verdict saved");
            editBase = null;
            context.claimChanged(shown.id());
        } else if (stale[0]) {
            // The message said who changed it meanwhile. Show their version, then put what was typed back
            // into the fields: saving again applies it over theirs, knowingly.
            editBase = null;
            context.claimChanged(shown.id());
            verdict.setValue(typedVerdict);
            rationale.setValue(typedRationale);
            noEvidenceNote.setValue(typedNote);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("verdict", verdict, "rationale", rationale, "noEvidenceNote", noEvidenceNote);
    }
}
