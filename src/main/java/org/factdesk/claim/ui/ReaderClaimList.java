package org.factdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.jspecify.annotations.Nullable;

/**
 * The reader's claims in reading order, with the features' notes on them, a status filter and the
 * placement-check warning. It holds the reader's claims: the text, the list and the panel all show
 * what it holds.
 */
final class ReaderClaimList extends Div {

    final Button attention = new Button();
    final CheckboxGroup<ClaimStatus> statusFilter = new CheckboxGroup<>();
    final Checkbox onlyAttention = new Checkbox("Only claims to check placement of");
    final Grid<ClaimView> grid = new Grid<>();
    private final Map<Long, ClaimView> byId = new LinkedHashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final Set<Long> spanChecks = new HashSet<>();
    private final List<ClaimListNote> listNotes;
    private final List<ClaimListBadge> listBadges;
    private final Map<Long, String> badges = new HashMap<>();
    /** Counts the times the list was filled afresh, so that marks asked for an earlier filling are dropped. */
    private long fillings;
    private final Supplier<@Nullable ClaimView> current;
    private final Consumer<Set<ClaimStatus>> hideStatuses;
    private EnumSet<ClaimStatus> hidden = EnumSet.noneOf(ClaimStatus.class);

    /**
     * @param picked hears the id of a claim picked in the list
     * @param hideStatuses hears which statuses the filter hides, when that changes
     * @param current the claim the panel shows, kept selected in the list
     */
    ReaderClaimList(List<ClaimListNote> listNotes, List<ClaimListBadge> listBadges, LongConsumer picked,
            Consumer<Set<ClaimStatus>> hideStatuses, Supplier<@Nullable ClaimView> current) {
        this.listNotes = listNotes;
        this.listBadges = listBadges;
        this.hideStatuses = hideStatuses;
        this.current = current;
        addClassName("fd-side");
        attention.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.WARNING);
        attention.addClickListener(e -> onlyAttention.setValue(true));
        attention.setVisible(false);

        statusFilter.setLabel("Show");
        statusFilter.addClassName("fd-status-filter");
        statusFilter.setItems(ClaimStatus.values());
        statusFilter.setItemLabelGenerator(ClaimStatus::label);
        statusFilter.setValue(EnumSet.allOf(ClaimStatus.class));
        statusFilter.addValueChangeListener(e -> refresh());
        onlyAttention.addValueChangeListener(e -> refresh());

        grid.addColumn(LitRenderer.<ClaimView>of("""
                <div class="fd-claim-row">
                  <span><span class="fd-status-badge" data-status="${item.status}">${item.label}</span>
                  <span class="fd-muted">${item.note}</span> <span class="fd-muted">${item.flag}</span>
                  <span class="fd-list-badge">${item.badge}</span></span>
                  <span class="fd-snippet">${item.snippet}</span>
                </div>""")
                .withProperty("status", c -> c.status().name())
                .withProperty("note", c -> notes.getOrDefault(c.id(), ""))
                .withProperty("label", c -> c.status().label())
                .withProperty("flag", c -> needsCheck(c) ? "check placement" : "")
                .withProperty("badge", c -> badges.getOrDefault(c.id(), ""))
                .withProperty("snippet", c -> snippet(c.claimText())));
        // No header row: its line is worth a claim more in the list; the name is for screen readers.
        grid.getElement().setAttribute("aria-label", "Claims in reading order");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No claims yet. Select words in the text to create one.");
        grid.setWidthFull();
        grid.addClassName("fd-claim-list");
        grid.getStyle().set("flex", "1 1 0").set("min-height", "12rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                picked.accept(e.getValue().id());
            }
        });
        add(statusFilter, onlyAttention, grid);
    }

    /** The document's claims, all afresh (it was opened or its text replaced). */
    void setAll(Collection<ClaimView> claims) {
        byId.clear();
        notes.clear();
        spanChecks.clear();
        claims.forEach(c -> byId.put(c.id(), c));
        note(claims);
        refresh();
        badges.clear();
        fillings++;
        askForBadges(byId.values().stream().sorted(Comparator.comparingInt(ClaimView::start)).limit(ClaimListBadge.FIRST)
                .map(ClaimView::id).toList());
    }

    /**
     * Asks the features' slow marks in the background (one question per claim) and shows them when
     * they come; marks for a list filled afresh since are dropped.
     */
    private void askForBadges(List<Long> ids) {
        if (ids.isEmpty() || listBadges.isEmpty()) {
            return;
        }
        long filling = fillings;
        org.factdesk.base.ui.Background.ask(com.vaadin.flow.component.UI.getCurrent(), "list badges",
                new org.factdesk.base.ui.Background.Generation(), () -> {
                    var found = new HashMap<Long, String>();
                    listBadges.forEach(f -> f.badges(ids).forEach((id, b) -> found.merge(id, b, (x, y) -> x + " \u00B7 " + y)));
                    return found;
                }, (found, error) -> {
                    if (filling != fillings || found == null) {
                        return;
                    }
                    ids.forEach(badges::remove);
                    badges.putAll(found);
                    grid.getDataProvider().refreshAll();
                });
    }

    /** A claim created or changed. */
    void put(ClaimView claim) {
        var before = byId.put(claim.id(), claim);
        note(List.of(claim));
        refresh();
        if (before == null || !before.claimText().equals(claim.claimText()) || before.status() != claim.status()) {
            askForBadges(List.of(claim.id()));
        }
    }

    void remove(long id) {
        byId.remove(id);
        notes.remove(id);
        badges.remove(id);
        spanChecks.remove(id);
        refresh();
    }

    @Nullable ClaimView get(long id) {
        return byId.get(id);
    }

    Collection<ClaimView> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** Selects the claim in the list and scrolls to it, if the filter shows it. */
    void show(ClaimView claim) {
        if (listed().contains(claim)) {
            grid.select(claim);
            grid.scrollToItem(claim);
        }
    }

    /** Follows the reading position in the text. */
    void scrollTo(long id) {
        var claim = byId.get(id);
        if (claim != null && listed().contains(claim)) {
            grid.scrollToItem(claim);
        }
    }

    private List<ClaimView> listed() {
        var shown = statusFilter.getValue();
        return byId.values().stream()
                .filter(c -> shown.contains(c.status()))
                .filter(c -> !onlyAttention.getValue() || needsCheck(c))
                .sorted(Comparator.comparingInt(ClaimView::start).thenComparingInt(ClaimView::end))
                .toList();
    }

    private void refresh() {
        var nowHidden = EnumSet.allOf(ClaimStatus.class);
        nowHidden.removeAll(statusFilter.getValue());
        // Changing the filter redraws every highlight in the browser: only do it when it changed.
        if (!nowHidden.equals(hidden)) {
            hidden = nowHidden;
            hideStatuses.accept(nowHidden);
        }
        grid.setItems(listed());
        long needing = byId.values().stream().filter(this::needsCheck).count();
        attention.setText(needing + (needing == 1 ? " claim needs" : " claims need") + " a placement check");
        attention.setVisible(needing > 0);
        onlyAttention.setVisible(needing > 0 || onlyAttention.getValue());
        var shown = current.get();
        if (shown != null && byId.containsKey(shown.id())) {
            grid.select(byId.get(shown.id()));
        }
    }

    /**
     * The features' notes on these claims (who said it, a doubtful attribution), asked once when the
     * document loads and then only for the claim that changed, not on every filter change.
     */
    private void note(Collection<ClaimView> changed) {
        changed.forEach(c -> notes.remove(c.id()));
        changed.forEach(c -> spanChecks.remove(c.id()));
        for (var feature : listNotes) {
            var noted = feature.notes(changed);
            noted.text().forEach((id, text) -> notes.merge(id, text, (a, b) -> a + " \u00B7 " + b));
            spanChecks.addAll(noted.placementChecks());
        }
    }

    /** The claim's words, or words of its own in the text (source, cue), need a look since the text changed. */
    private boolean needsCheck(ClaimView claim) {
        return claim.anchorState().needsAttention() || spanChecks.contains(claim.id());
    }

    private static String snippet(String text) {
        return text.length() <= 180 ? text : text.substring(0, 177) + "...";
    }
}
