package org.factdesk.attribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.function.Consumer;
import org.factdesk.attribution.ClaimantDraft;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.base.ui.Notifications;

/** Creates a claimant on the fly, from the claim panel or the claimants list. */
class NewClaimantDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Select<ClaimantKind> kind = new Select<>();
    final TextField aliases = new TextField("Aliases and spellings");
    final TextField wikidata = new TextField("Wikidata id");
    final Button create = new Button("Create claimant");

    NewClaimantDialog(ClaimantService claimants, String initialName, Consumer<ClaimantView> created) {
        setHeaderTitle("New claimant");
        name.setValue(initialName);
        kind.setLabel("Kind");
        kind.setItems(ClaimantKind.values());
        kind.setItemLabelGenerator(ClaimantKind::label);
        kind.setValue(ClaimantKind.PERSON);
        aliases.setHelperText("Separated by commas: Kiev, the Ukrainian government");
        wikidata.setPlaceholder("Q6279");
        add(new FormLayout(name, kind, aliases, wikidata));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            var list = Arrays.stream(aliases.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            // A refusal ("A claimant needs a name") is said on the field it is about.
            org.factdesk.base.ui.FieldErrors.attempt(java.util.Map.of("name", name, "kind", kind, "aliases", aliases,
                    "wikidataId", wikidata), () -> claimants.create(new ClaimantDraft(name.getValue(), kind.getValue(), list,
                            null, wikidata.getValue(), null))).ifPresent(claimant -> {
                                close();
                                created.accept(claimant);
                                Notifications.success(claimant.name() + " created");
                            });
        });
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
