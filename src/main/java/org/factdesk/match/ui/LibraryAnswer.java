package org.factdesk.match.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ui.ReaderLinks;
import org.factdesk.evidence.Stance;
import org.factdesk.match.FactCheckLibraryService;
import org.factdesk.match.MatchService.MatchView;

/**
 * One answer to "already checked?" on the library page, as a fact-checker acts on it: who published
 * it, the rating and the date; this desk's own claim opens in the reader; an imported fact-check is
 * read at its publisher or linked as evidence to a claim of the desk, named by its number.
 */
class LibraryAnswer extends Div {

    LibraryAnswer(MatchView match, boolean mayLink, FactCheckLibraryService library) {
        addClassName("fd-match");
        getElement().setAttribute("data-origin", match.origin());
        add(new Div(match.rank() + "."));
        var head = new Div(describe(match));
        head.addClassName("fd-muted");
        var quote = new Div("\u201C" + match.claim() + "\u201D");
        quote.addClassName("fd-quote");
        var actions = new Div();
        actions.addClassName("fd-match-actions");
        if (match.origin().equals("WORKSPACE") && match.claimId() != null && match.documentId() != null) {
            long documentId = match.documentId();
            long claimId = match.claimId();
            var open = new Button("Open claim " + claimId, e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui,
                    documentId, claimId)));
            open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            actions.add(open);
        } else if (match.url() != null) {
            var link = new Anchor(match.url(), match.title() == null ? "Read the fact-check" : match.title());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            actions.add(link);
            if (mayLink && match.factCheckId() != null) {
                long factCheckId = match.factCheckId();
                var use = new Button("Link as evidence\u2026", e -> linkDialog(library, factCheckId, match).open());
                use.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                actions.add(use);
            }
        }
        add(head, quote, actions);
    }

    /** Where a match comes from and what it says, in one line. */
    static String describe(MatchView match) {
        if (match.origin().equals("WORKSPACE")) {
            var status = match.status() == null ? "" : " \u00b7 " + ClaimStatus.valueOf(match.status()).label();
            return "This desk, claim " + match.claimId() + status + (match.verdict() == null ? "" : " \u00b7 "
                    + match.verdict());
        }
        return (match.publisher() == null ? "Imported fact-check" : match.publisher())
                + (match.verdict() == null ? "" : " \u00b7 rated " + match.verdict())
                + (match.date() == null ? "" : " \u00b7 " + match.date());
    }

    private static Dialog linkDialog(FactCheckLibraryService library, long factCheckId, MatchView match) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Link this fact-check as evidence");
        var claim = new IntegerField("Claim number");
        claim.setHelperText("The number the claim has in this desk (\u201CClaim 12\u201D in its panel)");
        claim.setMin(1);
        claim.setRequiredIndicatorVisible(true);
        var stance = new RadioButtonGroup<Stance>("What does it say about that claim?");
        stance.setItems(Stance.SUPPORTS, Stance.REFUTES, Stance.CONTEXT);
        stance.setItemLabelGenerator(Stance::label);
        stance.setRequired(true);
        dialog.add(new Div("\u201C" + match.claim() + "\u201D"), claim, stance);
        var link = new Button("Link", e -> {
            claim.setInvalid(claim.getValue() == null);
            claim.setErrorMessage("Give the number of the claim it is evidence for");
            stance.setInvalid(stance.getValue() == null);
            stance.setErrorMessage("Choose what the fact-check says about the claim");
            if (claim.isInvalid() || stance.isInvalid()) {
                return;
            }
            if (Notifications.attempt(() -> library.linkAsEvidence(claim.getValue(), factCheckId, stance.getValue()))) {
                Notifications.success("Linked as evidence to claim " + claim.getValue());
                dialog.close();
            }
        });
        link.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), link);
        return dialog;
    }
}
