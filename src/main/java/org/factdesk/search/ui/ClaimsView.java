package org.factdesk.search.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.AttributionView;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.StatusBadge;
import org.factdesk.document.DocumentService;
import org.factdesk.search.ClaimQuery;
import org.factdesk.search.ClaimSearchService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.factdesk.claim.ui.ReaderLinks;

/** Every claim in the workspace, searched by words, status, claimant (any alias), attribution check and tag. */
@Route("claims")
@PageTitle("Claims")
@Menu(order = 10, icon = "vaadin:quote-left", title = "Claims")
@PermitAll
class ClaimsView extends VerticalLayout {

    final TextField text = new TextField();
    final MultiSelectComboBox<ClaimStatus> status = new MultiSelectComboBox<>();
    final TextField claimant = new TextField();
    final MultiSelectComboBox<AttributionCheck> check = new MultiSelectComboBox<>();
    final TextField tag = new TextField();
    final Grid<ClaimView> grid = new Grid<>();

    private final Map<Long, AttributionView> attributions = new HashMap<>();
    private final Map<Long, String> documentTitles = new HashMap<>();

    ClaimsView(ClaimSearchService search, AttributionService attributionService, DocumentService documents) {
        addClassName("fd-page");
        setSizeFull();
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
        check.setPlaceholder("Any attribution check");
        check.setAriaLabel("Attribution check");
        check.setItems(AttributionCheck.values());
        check.setItemLabelGenerator(AttributionCheck::label);
        for (var field : new TextField[] { text, claimant, tag }) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        check.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClaimView::claimText).setHeader("Claim").setFlexGrow(4);
        grid.addColumn(c -> {
            var a = attributions.get(c.id());
            return a == null || a.claimant() == null ? "" : a.claimant().name();
        }).setHeader("Attributed to").setFlexGrow(1);
        grid.addColumn(c -> {
            var a = attributions.get(c.id());
            return a == null ? "" : a.check().label();
        }).setHeader("Attribution check").setFlexGrow(1);
        grid.addColumn(c -> documentTitles.computeIfAbsent(c.documentId(), id -> documents.summary(id).title()))
                .setHeader("Document").setFlexGrow(2);
        grid.setItems(query -> {
            var q = new ClaimQuery(null, status.getValue(), text.getValue(), tag.getValue(), java.util.Set.of(),
                    claimant.getValue(), null, check.getValue());
            var page = search.search(q, PageRequest.of(query.getPage(), query.getPageSize(),
                    Sort.by(Sort.Direction.DESC, "updatedAt")));
            attributions.putAll(attributionService.forClaims(page.getContent().stream().map(ClaimView::id).toList()));
            return page.getContent().stream();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui, e.getItem().documentId(),
                e.getItem().id())));
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No claims match");
        grid.setSizeFull();

        var filters = new HorizontalLayout(text, status, claimant, check, tag);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters, grid);
    }

}
