package org.factdesk.match.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.factdesk.base.ui.Background;
import org.factdesk.base.ui.SectionSummary;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.claim.ui.ReaderLinks;
import org.factdesk.evidence.Stance;
import org.factdesk.match.FactCheckLibraryService;
import org.factdesk.match.MatchService;
import org.factdesk.match.MatchService.MatchView;
import org.jspecify.annotations.Nullable;

/**
 * "Already checked" in the claim panel: the best matches for the claim's text among this desk's
 * claims and the imported fact-checks, shown whenever the claim is selected, created or edited. An
 * imported fact-check can be linked as evidence in one step, with the stance the reviewer chooses.
 */
class AlreadyCheckedSection extends VerticalLayout implements ClaimSection {

    static final int SHOWN = 3;

    @SpringComponent
    static class Factory implements ClaimSection.Factory {

        private final MatchService matches;
        private final FactCheckLibraryService library;
        private final ClaimService claims;

        Factory(MatchService matches, FactCheckLibraryService library, ClaimService claims) {
            this.matches = matches;
            this.library = library;
            this.claims = claims;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public ClaimSection create(ClaimContext context) {
            return new AlreadyCheckedSection(matches, library, claims, context);
        }
    }

    final Span summary = new Span();
    final Div duplicate = new Div();
    final Div list = new Div();
    final Details details;
    private final MatchService matches;
    private final FactCheckLibraryService library;
    private final ClaimService claims;
    private final ClaimContext context;
    private @Nullable ClaimView claim;
    /** Counts the claims shown, so that a late answer for an earlier one is dropped. */
    /** Matches still on their way for a claim shown earlier are dropped. */
    private final Background.Generation generation = new Background.Generation();

    AlreadyCheckedSection(MatchService matches, FactCheckLibraryService library, ClaimService claims,
            ClaimContext context) {
        this.matches = matches;
        this.library = library;
        this.claims = claims;
        this.context = context;
        setPadding(false);
        setSpacing(false);
        addClassName("fd-already-checked");
        summary.addClassName("fd-muted");
        list.addClassName("fd-match-list");
        duplicate.addClassName("fd-duplicate-of");
        details = SectionSummary.titled("Already checked?", new VerticalLayout(duplicate, summary, list) {
            {
                setPadding(false);
                setSpacing(false);
            }
        });
        add(details);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(ClaimView shown) {
        this.claim = shown;
        list.removeAll();
        duplicate.removeAll();
        duplicate.setVisible(shown.duplicateOf() != null);
        if (shown.duplicateOf() != null) {
            long original = shown.duplicateOf();
            duplicate.add(new Span("Marked a duplicate of claim " + original + " "));
            var open = new Button("Open it", e -> getUI().ifPresent(ui -> Notifications.attempt(() -> {
                var o = claims.get(original);
                ReaderLinks.openClaim(ui, o.documentId(), o.id());
            })));
            open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            duplicate.add(open);
            if (editable()) {
                var clear = new Button("Not a duplicate", e -> mark(null));
                clear.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                duplicate.add(clear);
            }
        }
        // The matches arrive a moment after the claim (pushed): the highlight and the rest of the panel
        // do not wait for the library to be searched.
        summary.setText("Looking in the library of verified claims\u2026");
        SectionSummary.say(details, shown.duplicateOf() == null ? "looking\u2026"
                : "a duplicate of claim " + shown.duplicateOf());
        getElement().removeAttribute("data-claim");
        Background.ask(com.vaadin.flow.component.UI.getCurrent(), "already-checked", generation,
                () -> matches.matchClaim(shown.id(), SHOWN), (result, error) -> {
                    list.removeAll();
                    if (error != null || result == null) {
                        summary.setText("The library could not be searched: " + error);
                        return;
                    }
                    summary.setText(result.isEmpty() ? "Nothing like it in the library of verified claims"
                            : "The closest claims in this desk's work and the imported fact-checks (best first):");
                    SectionSummary.say(details, (shown.duplicateOf() == null ? "" : "a duplicate of claim "
                            + shown.duplicateOf() + " \u00b7 ") + (result.isEmpty() ? "nothing like it"
                                    : result.size() + " close claims"));
                    result.forEach(m -> list.add(item(m)));
                    // Says which claim the matches are for (the benchmark times their arrival by it).
                    getElement().setAttribute("data-claim", Long.toString(shown.id()));
                });
    }

    private Component item(MatchView match) {
        var box = new Div();
        box.addClassName("fd-match");
        box.getElement().setAttribute("data-origin", match.origin());
        var head = new Div();
        head.addClassName("fd-muted");
        if (match.origin().equals("WORKSPACE")) {
            var status = match.status() == null ? "" : ClaimStatus.valueOf(match.status()).label();
            head.setText("This desk · " + status + (match.verdict() == null ? "" : " · " + match.verdict()));
        } else {
            head.setText((match.publisher() == null ? "Imported fact-check" : match.publisher())
                    + (match.verdict() == null ? "" : " · rated " + match.verdict())
                    + (match.date() == null ? "" : " · " + match.date()));
        }
        box.add(head);
        var quote = new Div("\u201C" + match.claim() + "\u201D");
        quote.addClassName("fd-quote");
        box.add(quote);
        var actions = new Div();
        actions.addClassName("fd-match-actions");
        if (match.origin().equals("WORKSPACE") && match.claimId() != null && match.documentId() != null) {
            long documentId = match.documentId();
            long claimId = match.claimId();
            var open = new Button("Open", e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui, documentId, claimId)));
            open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            actions.add(open);
            if (editable() && claim != null && !Long.valueOf(claimId).equals(claim.duplicateOf())) {
                var same = new Button("Mark as duplicate", e -> mark(claimId));
                same.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                actions.add(same);
            }
        } else if (match.url() != null) {
            var link = new Anchor(match.url(), match.title() == null ? "Read the fact-check" : match.title());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            actions.add(link);
            if (editable() && match.factCheckId() != null) {
                long factCheckId = match.factCheckId();
                var use = new Button("Link as evidence", e -> linkDialog(factCheckId, match).open());
                use.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                actions.add(use);
            }
        }
        box.add(actions);
        return box;
    }

    /** Marks the shown claim a duplicate of another workspace claim, or clears the mark (null). */
    private void mark(@Nullable Long original) {
        var shown = claim;
        if (shown != null && Notifications.attempt(() -> claims.markDuplicate(shown.id(), shown.version(), original))) {
            Notifications.success(original == null ? "No longer marked a duplicate"
                    : "Marked a duplicate of claim " + original);
            context.claimChanged(shown.id());
        }
    }

    private boolean editable() {
        return context.canEdit() && claim != null && claim.status() != ClaimStatus.PUBLISHED;
    }

    private Dialog linkDialog(long factCheckId, MatchView match) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Link this fact-check as evidence");
        var stance = new RadioButtonGroup<Stance>("What does it say about this claim?");
        stance.setItems(Stance.SUPPORTS, Stance.REFUTES, Stance.CONTEXT);
        stance.setItemLabelGenerator(Stance::label);
        stance.setRequired(true);
        dialog.add(new Div("\u201C" + match.claim() + "\u201D"), stance);
        var link = new Button("Link", e -> {
            var shown = claim;
            if (stance.getValue() == null) {
                stance.setInvalid(true);
                stance.setErrorMessage("Choose what the fact-check says about the claim");
                return;
            }
            if (shown != null && Notifications.attempt(() -> library.linkAsEvidence(shown.id(), factCheckId,
                    stance.getValue()))) {
                Notifications.success("Linked as evidence");
                dialog.close();
                context.claimChanged(shown.id());
            }
        });
        link.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), link);
        return dialog;
    }
}
