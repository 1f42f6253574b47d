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
import org.factdesk.base.ui.Background;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.StatusBadge;
import org.factdesk.document.DocumentService;
import org.factdesk.search.ClaimQuery;
import org.factdesk.search.ClaimSearchService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.factdesk.claim.ui.ReaderLinks;
import org.factdesk.match.MatchService;

/**
 * Every claim in the workspace, searched by words, status, claimant (any alias), attribution check and
 * tag; with "Group near-duplicates", each claim shows the claims of other documents that say the same
 * ("already checked?" by meaning), and a page's rows that say the same sit together.
 */
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
    final com.vaadin.flow.component.checkbox.Checkbox group = new com.vaadin.flow.component.checkbox.Checkbox(
            "Group near-duplicates");
    private final Map<Long, java.util.List<MatchService.NearDuplicate>> nearDuplicates = new HashMap<>();
    final com.vaadin.flow.component.html.Span groupNote = new com.vaadin.flow.component.html.Span();
    /** Groups still on their way for an earlier search are dropped. */
    private final Background.Generation generation = new Background.Generation();

    private final Map<Long, AttributionView> attributions = new HashMap<>();
    private final Map<Long, String> documentTitles = new HashMap<>();

    private final ClaimSearchService search;
    private final AttributionService attributionService;
    private final MatchService matching;

    ClaimsView(ClaimSearchService search, AttributionService attributionService, DocumentService documents,
            MatchService matching) {
        this.search = search;
        this.attributionService = attributionService;
        this.matching = matching;
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
            field.addValueChangeListener(e -> reload());
        }
        status.addValueChangeListener(e -> reload());
        check.addValueChangeListener(e -> reload());
        group.setTooltipText("The " + GROUPED + " most recently changed claims, each with the claims of other documents"
                + " that say the same, and those next to each other");
        group.addValueChangeListener(e -> {
            sameColumn.setVisible(e.getValue());
            reload();
        });

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
        sameColumn = grid.addComponentColumn(this::sameClaims).setHeader("Same claim elsewhere").setKey("same")
                .setFlexGrow(2);
        sameColumn.setVisible(false);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui, e.getItem().documentId(),
                e.getItem().id())));
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No claims match");
        grid.setSizeFull();

        groupNote.addClassName("fd-group-note");
        var filters = new HorizontalLayout(text, status, claimant, check, tag, group, groupNote);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters, grid);
        reload();
    }

    private ClaimQuery query() {
        return new ClaimQuery(null, status.getValue(), text.getValue(), tag.getValue(), java.util.Set.of(),
                claimant.getValue(), null, check.getValue());
    }

    /**
     * Every matching claim, newest change first, page by page; or, grouping near-duplicates, the
     * {@link #GROUPED} most recently changed ones with the claims that say the same next to each other.
     */
    private void reload() {
        generation.next(); // a grouping still on its way belongs to an earlier search
        nearDuplicates.clear();
        groupNote.setText("");
        if (!group.getValue()) {
            grid.setItems(query -> {
                var page = search.search(query(), PageRequest.of(query.getPage(), query.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "updatedAt")));
                attributions.putAll(attributionService.forClaims(page.getContent().stream().map(ClaimView::id).toList()));
                return page.getContent().stream();
            });
            return;
        }
        var found = search.search(query(), PageRequest.of(0, GROUPED, Sort.by(Sort.Direction.DESC, "updatedAt")))
                .getContent();
        var ids = found.stream().map(ClaimView::id).toList();
        attributions.putAll(attributionService.forClaims(ids));
        // The claims show at once; the groups arrive when the library has been asked about each (pushed), so
        // the screen never waits for a hundred questions.
        grid.setItems(found);
        groupNote.setText("Looking for claims that say the same\u2026");
        Background.ask(com.vaadin.flow.component.UI.getCurrent(), "near-duplicates", generation,
                () -> matching.nearDuplicates(ids),
                (result, error) -> showGroups(found, ids, result == null ? Map.of() : result, error));
    }

    private void showGroups(java.util.List<ClaimView> found, java.util.List<Long> ids,
            Map<Long, java.util.List<MatchService.NearDuplicate>> groups, @org.jspecify.annotations.Nullable String error) {
        if (error != null) {
            groupNote.setText("Claims that say the same could not be looked up: " + error);
            return;
        }
        groupNote.setText("");
        nearDuplicates.putAll(groups);
        // A group is ordered by its most recently changed claim; within it, the search's order stays.
        var order = new HashMap<Long, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        var groupOf = new HashMap<Long, Integer>();
        for (var id : ids) {
            int first = order.get(id);
            for (var same : nearDuplicates.getOrDefault(id, java.util.List.of())) {
                first = Math.min(first, order.getOrDefault(same.claimId(), Integer.MAX_VALUE));
            }
            groupOf.put(id, first);
        }
        grid.setItems(found.stream().sorted(java.util.Comparator.comparingInt((ClaimView c) -> groupOf.get(c.id()))
                .thenComparingInt(c -> order.get(c.id()))).toList());
    }

    /** How many claims "Group near-duplicates" shows (each is matched against the workspace). */
    static final int GROUPED = 100;

    private com.vaadin.flow.component.grid.Grid.Column<ClaimView> sameColumn;

    /** Links to the claims of other documents that say the same, with their status. */
    private com.vaadin.flow.component.Component sameClaims(ClaimView claim) {
        var links = new HorizontalLayout();
        links.setSpacing(false);
        links.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        for (var same : nearDuplicates.getOrDefault(claim.id(), java.util.List.of())) {
            var link = new com.vaadin.flow.component.button.Button("#" + same.claimId()
                    + (same.status() == null ? "" : " · " + ClaimStatus.valueOf(same.status()).label()),
                    e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui, same.documentId(), same.claimId())));
            link.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
            link.getElement().setAttribute("data-same-claim", String.valueOf(same.claimId()));
            // The row's own click opens the row's claim: this button's click is its own.
            link.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
            link.setTooltipText(same.claim() + (same.verdict() == null ? "" : " — " + same.verdict())
                    + String.format(java.util.Locale.ROOT, " (similarity %.2f)", same.similarity()));
            links.add(link);
        }
        return links;
    }

}
