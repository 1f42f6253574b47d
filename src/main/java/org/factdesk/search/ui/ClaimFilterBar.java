package org.factdesk.search.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.search.ClaimQuery;
import org.factdesk.verification.VerdictView;
import org.jspecify.annotations.Nullable;

/**
 * The Claims screen's filters: words, status, verdict, assignee, claimant (any alias), attribution
 * check and tag. It reads and writes a {@link ClaimQuery}, so what the fields say, the address says
 * and a saved filter says are one search. Criteria the fields do not show (a document, a claimant
 * by id, a placement state, from a link elsewhere) are kept and shown as one line that can be cleared.
 */
class ClaimFilterBar extends HorizontalLayout {

    final TextField text = new TextField();
    final MultiSelectComboBox<ClaimStatus> status = new MultiSelectComboBox<>();
    final MultiSelectComboBox<VerdictView> verdict = new MultiSelectComboBox<>();
    final ComboBox<String> assignee = new ComboBox<>();
    final TextField claimant = new TextField();
    final MultiSelectComboBox<AttributionCheck> check = new MultiSelectComboBox<>();
    final TextField tag = new TextField();
    final com.vaadin.flow.component.button.Button hidden = new com.vaadin.flow.component.button.Button();

    private final Map<String, VerdictView> verdicts;
    private @Nullable Long documentId;
    private @Nullable Long claimantId;
    private Set<AnchorState> anchorStates = Set.of();
    private List<String> lostVerdicts = List.of();
    /** Values set from an address or a saved filter are one change, not one per field. */
    private boolean applying;

    ClaimFilterBar(List<VerdictView> scale, List<String> reviewers, Runnable changed) {
        verdicts = scale.stream().collect(Collectors.toMap(VerdictView::code, v -> v, (a, b) -> a,
                java.util.LinkedHashMap::new));
        text.setPlaceholder("Words in the claim or its quote");
        text.setAriaLabel("Search claims");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        claimant.setPlaceholder("Claimant or alias");
        claimant.setAriaLabel("Claimant");
        tag.setPlaceholder("Tag");
        tag.setAriaLabel("Tag");
        status.setPlaceholder("Any status");
        status.setAriaLabel("Status");
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(ClaimStatus::label);
        verdict.setPlaceholder("Any verdict");
        verdict.setAriaLabel("Verdict");
        verdict.setItems(scale);
        verdict.setItemLabelGenerator(VerdictView::label);
        assignee.setPlaceholder("Anyone assigned");
        assignee.setAriaLabel("Assigned to");
        assignee.setItems(reviewers);
        assignee.setClearButtonVisible(true);
        check.setPlaceholder("Any attribution check");
        check.setAriaLabel("Attribution check");
        check.setItems(AttributionCheck.values());
        check.setItemLabelGenerator(AttributionCheck::label);
        for (var field : new TextField[] { text, claimant, tag }) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        for (AbstractField<?, ?> field : List.<AbstractField<?, ?>>of(text, claimant, tag, status, verdict, assignee,
                check)) {
            field.addValueChangeListener(e -> {
                if (!applying) {
                    changed.run();
                }
            });
        }
        hidden.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        hidden.setIcon(VaadinIcon.CLOSE_SMALL.create());
        hidden.setIconAfterText(true);
        hidden.setVisible(false);
        hidden.addClickListener(e -> {
            documentId = null;
            claimantId = null;
            anchorStates = Set.of();
            lostVerdicts = List.of();
            hidden.setVisible(false);
            changed.run();
        });
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(text, status, verdict, assignee, claimant, check, tag, hidden);
    }

    /** The search the fields say. */
    ClaimQuery query() {
        var codes = verdict.getValue().stream().map(VerdictView::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        codes.addAll(lostVerdicts);
        return new ClaimQuery(documentId, status.getValue(), text.getValue(), tag.getValue(), anchorStates,
                claimant.getValue(), claimantId, check.getValue(), codes, assignee.getValue());
    }

    /**
     * Shows a search in the fields without a change per field. A verdict the scale no longer has is
     * kept in the search (and so finds nothing) rather than silently dropped; the line of hidden
     * criteria names it.
     */
    void show(ClaimQuery query) {
        applying = true;
        try {
            text.setValue(query.text() == null ? "" : query.text());
            status.setValue(query.statuses());
            verdict.setValue(query.verdicts().stream().map(verdicts::get).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet()));
            assignee.setValue(query.assignee());
            claimant.setValue(query.claimant() == null ? "" : query.claimant());
            check.setValue(query.attributionChecks());
            tag.setValue(query.tag() == null ? "" : query.tag());
            documentId = query.documentId();
            claimantId = query.claimantId();
            anchorStates = query.anchorStates();
            // The search keeps a verdict the scale lost, so that it finds nothing instead of everything.
            lostVerdicts = query.verdicts().stream().filter(v -> !verdicts.containsKey(v)).toList();
            showHidden(lostVerdicts);
        } finally {
            applying = false;
        }
    }

    private void showHidden(List<String> unknownVerdicts) {
        var parts = new java.util.ArrayList<String>();
        if (documentId != null) {
            parts.add("document #" + documentId);
        }
        if (claimantId != null) {
            parts.add("claimant #" + claimantId);
        }
        if (!anchorStates.isEmpty()) {
            parts.add("placement " + anchorStates.stream().map(AnchorState::name).sorted()
                    .collect(Collectors.joining(" or ")));
        }
        if (!unknownVerdicts.isEmpty()) {
            parts.add("verdict " + String.join(" or ", unknownVerdicts) + " (no longer on the scale)");
        }
        hidden.setText("Also only: " + String.join(", ", parts));
        hidden.setTooltipText("Clear these");
        hidden.setVisible(!parts.isEmpty());
    }
}
