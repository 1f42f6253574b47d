package org.factdesk.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.AttributionView;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Background;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ReaderLinks;
import org.factdesk.claim.ui.StatusBadge;
import org.factdesk.document.DocumentService;
import org.factdesk.match.MatchService;
import org.factdesk.search.ClaimSearchParameters;
import org.factdesk.search.ClaimSearchService;
import org.factdesk.search.ClaimSort;
import org.factdesk.search.SavedFilterService;
import org.factdesk.security.UserService;
import org.factdesk.verification.ReviewService;
import org.factdesk.verification.ReviewView;
import org.factdesk.verification.VerdictScaleService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The desk's work queue: every claim in the workspace with its status, verdict, assignee, claimant,
 * document and last change; sorted by any of them; searched by words, status, verdict, assignee,
 * claimant (any alias), attribution check and tag. The search and the order are kept in the address,
 * so a queue can be bookmarked and shared, and a person can save it under a name ("My in-review
 * claims"). With "Group near-duplicates", each claim shows the claims of other documents that say the
 * same ("already checked?" by meaning), and rows that say the same sit together.
 */
@Route("claims")
@PageTitle("Claims")
@Menu(order = 10, icon = "vaadin:quote-left", title = "Claims")
@PermitAll
class ClaimsView extends VerticalLayout implements BeforeEnterObserver {

    static final ClaimSort.Order DEFAULT_ORDER = ClaimSort.Order.NEWEST_CHANGE;
    /** How many claims "Group near-duplicates" shows (each is matched against the workspace). */
    static final int GROUPED = 100;

    final ClaimFilterBar filters;
    final Grid<ClaimView> grid = new Grid<>();
    final Checkbox group = new Checkbox("Group near-duplicates");
    final Span groupNote = new Span();
    final Span count = new Span();
    /** Says what of the address could not be read, and that every claim is shown instead. */
    final Span addressNote = new Span();
    final SavedFiltersMenu saved;
    private final Map<Long, List<MatchService.NearDuplicate>> nearDuplicates = new HashMap<>();
    /** Groups still on their way for an earlier search are dropped. */
    private final Background.Generation generation = new Background.Generation();
    private final Map<Long, AttributionView> attributions = new HashMap<>();
    private final Map<Long, ReviewView> reviewsById = new HashMap<>();
    private final Map<Long, String> documentTitles = new HashMap<>();
    private final Map<ClaimSort, Grid.Column<ClaimView>> sortColumns = new HashMap<>();
    private final Grid.Column<ClaimView> sameColumn;
    private ClaimSort.Order order = DEFAULT_ORDER;
    /** Each claim asked about: its match that says it was already checked, or empty. */
    private final Map<Long, java.util.Optional<MatchService.MatchView>> checked = new HashMap<>();
    /** Counts searches, so that badges asked for an earlier one are dropped. */
    private long searches;
    private boolean applying;

    private final ClaimSearchService search;
    private final AttributionService attributionService;
    private final ReviewService reviews;
    private final MatchService matching;

    ClaimsView(ClaimSearchService search, AttributionService attributionService, DocumentService documents,
            MatchService matching, ReviewService reviews, VerdictScaleService scale, UserService users,
            SavedFilterService savedFilters) {
        this.search = search;
        this.attributionService = attributionService;
        this.reviews = reviews;
        this.matching = matching;
        addClassName("fd-page");
        setSizeFull();
        filters = new ClaimFilterBar(scale.scale(), users.reviewers(), this::filtersChanged);
        saved = new SavedFiltersMenu(savedFilters, this::address, this::open);
        group.setTooltipText("The " + GROUPED + " first claims in this order, each with the claims of other documents"
                + " that say the same, and those next to each other");

        sortable(grid.addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0), ClaimSort.STATUS);
        grid.addColumn(ClaimView::claimText).setHeader("Claim").setFlexGrow(4);
        sortable(grid.addColumn(c -> {
            var r = reviewsById.get(c.id());
            return r == null || r.verdict() == null ? "" : r.verdict().label();
        }).setHeader("Verdict").setFlexGrow(1), ClaimSort.VERDICT);
        sortable(grid.addColumn(c -> {
            var r = reviewsById.get(c.id());
            return r == null || r.assignee() == null ? "" : r.assignee();
        }).setHeader("Assigned to").setFlexGrow(1), ClaimSort.ASSIGNEE);
        sortable(grid.addColumn(c -> {
            var a = attributions.get(c.id());
            return a == null || a.claimant() == null ? "" : a.claimant().name();
        }).setHeader("Attributed to").setFlexGrow(1), ClaimSort.CLAIMANT);
        grid.addColumn(c -> {
            var a = attributions.get(c.id());
            return a == null ? "" : a.check().label();
        }).setHeader("Attribution check").setFlexGrow(1);
        sortable(grid.addColumn(c -> documentTitles.computeIfAbsent(c.documentId(), id -> documents.summary(id).title()))
                .setHeader("Document").setFlexGrow(2), ClaimSort.DOCUMENT);
        sortable(grid.addColumn(c -> Times.when(c.updatedAt())).setHeader("Updated").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(c -> "by " + c.updatedBy()), ClaimSort.UPDATED);
        grid.addComponentColumn(this::checkedBadge).setHeader("Already checked").setKey("checked").setAutoWidth(true)
                .setFlexGrow(0);
        sameColumn = grid.addComponentColumn(this::sameClaims).setHeader("Same claim elsewhere").setKey("same")
                .setFlexGrow(2);
        sameColumn.setVisible(false);
        group.addValueChangeListener(e -> {
            sameColumn.setVisible(e.getValue());
            reload();
        });
        grid.addSortListener(e -> {
            if (!applying) {
                order = orderOf(e.getSortOrder());
                writeAddress();
                if (group.getValue()) {
                    reload();
                }
            }
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui, e.getItem().documentId(),
                e.getItem().id())));
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No claims match");
        grid.setSizeFull();

        count.addClassName("fd-result-count");
        count.getElement().setAttribute("role", "status");
        groupNote.addClassName("fd-group-note");
        addressNote.addClassName("fd-field-note");
        addressNote.setVisible(false);
        var tools = new HorizontalLayout(count, group, groupNote, saved);
        tools.setAlignItems(Alignment.BASELINE);
        add(filters, addressNote, tools, grid);
    }

    private void sortable(Grid.Column<ClaimView> column, ClaimSort by) {
        column.setKey(by.key()).setSortable(true).setSortProperty(by.key());
        sortColumns.put(by, column);
    }

    /** Reads the search and the order from the address; what cannot be read is said, and every claim shown. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        try {
            show(ClaimSearchParameters.parse(parameters, DEFAULT_ORDER));
            addressNote.setVisible(false);
        } catch (InvalidInputException e) {
            show(ClaimSearchParameters.of(org.factdesk.search.ClaimQuery.all(), DEFAULT_ORDER));
            addressNote.setText("The address asked for a search that cannot be read (" + e.getMessage()
                    + "); every claim is shown instead.");
            addressNote.setVisible(true);
        }
    }

    /** Opens a saved search. */
    private void open(String queryString) {
        try {
            show(ClaimSearchParameters.parse(queryString, DEFAULT_ORDER));
            addressNote.setVisible(false);
            writeAddress();
        } catch (InvalidInputException e) {
            org.factdesk.base.ui.Notifications.error("This saved filter cannot be read: " + e.getMessage());
        }
    }

    private void show(ClaimSearchParameters parameters) {
        applying = true;
        try {
            filters.show(parameters.query());
            order = parameters.order();
            var column = sortColumns.get(order.by());
            grid.sort(column == null ? List.of() : List.of(new GridSortOrder<>(column,
                    order.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        } finally {
            applying = false;
        }
        reload();
    }

    private void filtersChanged() {
        writeAddress();
        reload();
    }

    /** The search and the order as the address writes them (without the '?'). */
    String address() {
        return ClaimSearchParameters.of(filters.query(), order).toQueryString(DEFAULT_ORDER);
    }

    private void writeAddress() {
        var parameters = ClaimSearchParameters.of(filters.query(), order).toParameters(DEFAULT_ORDER);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("claims", new QueryParameters(parameters))));
    }

    private ClaimSort.Order orderOf(List<GridSortOrder<ClaimView>> sortOrder) {
        if (sortOrder.isEmpty()) {
            return DEFAULT_ORDER;
        }
        var first = sortOrder.getFirst();
        var by = Arrays.stream(ClaimSort.values()).filter(s -> s.key().equals(first.getSorted().getKey())).findFirst()
                .orElse(DEFAULT_ORDER.by());
        return new ClaimSort.Order(by, first.getDirection() == SortDirection.DESCENDING);
    }

    /**
     * Every matching claim in the order asked for, page by page, with the count; or, grouping
     * near-duplicates, the first {@link #GROUPED} with the claims that say the same next to each other.
     */
    private void reload() {
        generation.next(); // a grouping still on its way belongs to an earlier search
        searches++;
        nearDuplicates.clear();
        groupNote.setText("");
        var query = filters.query();
        var total = search.search(query, PageRequest.of(0, 1)).getTotalElements();
        count.setText(total == 1 ? "1 claim" : String.format(Locale.ROOT, "%,d claims", total));
        if (!group.getValue()) {
            grid.setItems(q -> {
                var page = search.search(query, order, q.getPage(), q.getPageSize()).getContent();
                remember(page);
                return page.stream();
            }, q -> (int) Math.min(Integer.MAX_VALUE, total));
            return;
        }
        var found = search.search(query, order, 0, GROUPED).getContent();
        remember(found);
        var ids = found.stream().map(ClaimView::id).toList();
        // The claims show at once; the groups arrive when the library has been asked about each (pushed), so
        // the screen never waits for a hundred questions.
        showRows(found);
        groupNote.setText("Looking for claims that say the same\u2026");
        Background.ask(UI.getCurrent(), "near-duplicates", generation, () -> matching.nearDuplicates(ids),
                (result, error) -> showGroups(found, ids, result == null ? Map.of() : result, error));
    }

    private void remember(List<ClaimView> claims) {
        var ids = claims.stream().map(ClaimView::id).toList();
        attributions.putAll(attributionService.forClaims(ids));
        reviewsById.putAll(reviews.forClaims(ids));
        askWhichWereChecked(claims);
    }

    /**
     * Which of a page's claims were already checked (a fact-check of the library or a published claim
     * of this desk says the same): one question to the library per claim, so asked in the background and
     * each row's badge pushed when the answer comes; an answer for an earlier search is dropped.
     */
    private void askWhichWereChecked(List<ClaimView> claims) {
        var ids = claims.stream().map(ClaimView::id).filter(id -> !checked.containsKey(id)).toList();
        if (ids.isEmpty()) {
            return;
        }
        long search = searches;
        Background.ask(UI.getCurrent(), "already-checked badges", new Background.Generation(),
                () -> matching.alreadyChecked(ids), (result, error) -> {
                    if (search != searches || result == null) {
                        return;
                    }
                    for (var claim : claims) {
                        checked.put(claim.id(), java.util.Optional.ofNullable(result.get(claim.id())));
                        grid.getDataProvider().refreshItem(claim);
                    }
                });
    }

    /** "Already checked" with who checked it, for a claim whose best match in the library is strong enough. */
    private com.vaadin.flow.component.Component checkedBadge(ClaimView claim) {
        var found = checked.get(claim.id());
        if (found == null || found.isEmpty()) {
            return new Span();
        }
        var m = found.get();
        var badge = new Span("Already checked");
        badge.getElement().getThemeList().add("badge success small");
        badge.addClassName("fd-already-checked-badge");
        badge.setTitle((m.origin().equals("IMPORTED") ? (m.publisher() == null ? "A fact-check" : m.publisher())
                + (m.verdict() == null ? "" : " rated it " + m.verdict()) : "This desk published claim " + m.claimId()
                + (m.verdict() == null ? "" : ": " + m.verdict())) + String.format(Locale.ROOT, " (match %.2f)",
                        m.score()));
        return badge;
    }

    /** Rows in an order of their own: the grid's sorting asks the search again instead of sorting them in memory. */
    private void showRows(List<ClaimView> rows) {
        grid.setItems(q -> rows.stream().skip(q.getOffset()).limit(q.getLimit()), q -> rows.size());
    }

    private void showGroups(List<ClaimView> found, List<Long> ids,
            Map<Long, List<MatchService.NearDuplicate>> groups, @Nullable String error) {
        if (error != null) {
            groupNote.setText("Claims that say the same could not be looked up: " + error);
            return;
        }
        groupNote.setText("");
        nearDuplicates.putAll(groups);
        // A group sits where its first claim in the search's order is; within it, the search's order stays.
        var position = new HashMap<Long, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        var groupOf = new HashMap<Long, Integer>();
        for (var id : ids) {
            int first = position.get(id);
            for (var same : nearDuplicates.getOrDefault(id, List.of())) {
                first = Math.min(first, position.getOrDefault(same.claimId(), Integer.MAX_VALUE));
            }
            groupOf.put(id, first);
        }
        showRows(found.stream().sorted(Comparator.comparingInt((ClaimView c) -> groupOf.get(c.id()))
                .thenComparingInt(c -> position.get(c.id()))).toList());
    }

    /** Links to the claims of other documents that say the same, with their status. */
    private com.vaadin.flow.component.Component sameClaims(ClaimView claim) {
        var links = new HorizontalLayout();
        links.setSpacing(false);
        links.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        for (var same : nearDuplicates.getOrDefault(claim.id(), List.of())) {
            var link = new Button("#" + same.claimId()
                    + (same.status() == null ? "" : " · " + ClaimStatus.valueOf(same.status()).label()),
                    e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui, same.documentId(), same.claimId())));
            link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            link.getElement().setAttribute("data-same-claim", String.valueOf(same.claimId()));
            // The row's own click opens the row's claim: this button's click is its own.
            link.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
            link.setTooltipText(same.claim() + (same.verdict() == null ? "" : " — " + same.verdict())
                    + String.format(Locale.ROOT, " (similarity %.2f)", same.similarity()));
            links.add(link);
        }
        return links;
    }
}
