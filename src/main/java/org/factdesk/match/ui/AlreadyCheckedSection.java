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
import java.util.List;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.claim.ui.ReaderLinks;
import org.factdesk.evidence.Stance;
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

        Factory(MatchService matches) {
            this.matches = matches;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public ClaimSection create(ClaimContext context) {
            return new AlreadyCheckedSection(matches, context);
        }
    }

    final Span summary = new Span();
    final Div list = new Div();
    private final MatchService matches;
    private final ClaimContext context;
    private @Nullable ClaimView claim;

    AlreadyCheckedSection(MatchService matches, ClaimContext context) {
        this.matches = matches;
        this.context = context;
        setPadding(false);
        setSpacing(false);
        addClassName("fd-already-checked");
        summary.addClassName("fd-muted");
        list.addClassName("fd-match-list");
        var details = new Details("Already checked?", new VerticalLayout(summary, list) {
            {
                setPadding(false);
                setSpacing(false);
            }
        });
        details.setOpened(true);
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
        List<MatchView> found;
        try {
            found = matches.matchClaim(shown.id(), SHOWN);
        } catch (RuntimeException e) {
            summary.setText("The library could not be searched: " + e.getMessage());
            return;
        }
        summary.setText(found.isEmpty() ? "Nothing like it in the library of verified claims"
                : "The closest claims in this desk's work and the imported fact-checks (best first):");
        found.forEach(m -> list.add(item(m)));
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
            if (shown != null && Notifications.attempt(() -> matches.linkAsEvidence(shown.id(), factCheckId,
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
