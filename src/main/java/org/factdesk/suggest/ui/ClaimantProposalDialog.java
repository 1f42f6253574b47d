package org.factdesk.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.suggest.SuggestionService;
import org.factdesk.suggest.SuggestionView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Before a suggestion makes a new claimant, the person sees what would be made (name, kind, the role the
 * article gives) and may correct it, or pick a claimant the desk already has (found by any alias), or take
 * the claim without a claimant. Nothing is written until they choose.
 */
class ClaimantProposalDialog extends Dialog {

    final ComboBox<ClaimantView> existing = new ComboBox<>("Attribute to a claimant the desk has");
    final TextField name = new TextField("Or a new claimant");
    final Select<ClaimantKind> kind = new Select<>();
    final TextField role = new TextField("Role or title the article gives");
    final Button accept = new Button("Accept");
    final Button withoutClaimant = new Button("Accept without a claimant");

    ClaimantProposalDialog(SuggestionView.AttributionSuggestion proposal, ClaimantService claimants,
            Consumer<SuggestionService.ClaimantChoice> chosen) {
        setHeaderTitle("Who said it?");
        var speaker = proposal.speaker() == null ? "" : proposal.speaker();
        existing.setWidthFull();
        existing.setPlaceholder("Type a name or alias");
        existing.setItemLabelGenerator(ClaimantView::label);
        existing.setItems(query -> claimants.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        name.setWidthFull();
        name.setValue(speaker);
        kind.setLabel("Kind");
        kind.setItems(ClaimantKind.values());
        kind.setItemLabelGenerator(ClaimantKind::label);
        kind.setValue(SuggestionService.proposedKind(speaker));
        role.setWidthFull();
        role.setValue(proposal.role() == null ? "" : proposal.role());
        // Choosing an existing claimant makes the new one moot.
        existing.addValueChangeListener(e -> {
            name.setEnabled(e.getValue() == null);
            kind.setEnabled(e.getValue() == null);
        });
        var fields = new VerticalLayout(new Paragraph("No claimant of the desk matches \u201C" + speaker + "\u201D. "
                + "Check the proposal before it is saved."), existing, name, kind, role);
        fields.setPadding(false);
        add(fields);
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClickListener(e -> {
            var picked = existing.getValue();
            if (picked == null && name.getValue().isBlank()) {
                name.setErrorMessage("Give the claimant's name, pick one the desk has, or accept without a claimant");
                name.setInvalid(true);
                return;
            }
            close();
            chosen.accept(new SuggestionService.ClaimantChoice(picked == null ? null : picked.id(),
                    picked == null ? name.getValue() : null, picked == null ? kind.getValue() : null, role.getValue()));
        });
        withoutClaimant.addThemeVariants(ButtonVariant.TERTIARY);
        withoutClaimant.addClickListener(e -> {
            close();
            chosen.accept(new SuggestionService.ClaimantChoice(null, null, null, role.getValue()));
        });
        getFooter().add(new Button("Cancel", e -> close()), withoutClaimant, accept);
    }
}
