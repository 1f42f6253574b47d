package org.factdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.factdesk.security.Role;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The reader: a document's text with its claims highlighted, the claims in reading order beside
 * it, and the selected claim's panel. Selecting words and pressing Enter (or the popover button)
 * creates a claim; n and p move between claims. It is a shell: the panel's sections
 * ({@link ClaimSection}) and the head's tools ({@link ReaderTool}) come from the features that own
 * them, found as beans.
 */
@Route("documents/:documentId")
@PermitAll
class DocumentReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle, ReaderContext {

    static final String PARAMETER = "documentId";
    /** The claims list's share of the side column: at 1440x900 it shows four or more claims, not one. */
    private static final double LIST_SHARE = 62;

    final Reader reader = new Reader();
    final Span meta = new Span();
    final Anchor source = new Anchor();
    final TabSheet sideTabs = new TabSheet();
    private final SplitLayout side;
    final Button attention = new Button();
    final CheckboxGroup<ClaimStatus> statusFilter = new CheckboxGroup<>();
    final Checkbox onlyAttention = new Checkbox("Only claims to check placement of");
    final Grid<ClaimView> claimList = new Grid<>();
    final ClaimPanel panel;
    final List<ReaderTool> tools;

    private final DocumentService documents;
    private final ClaimService claims;
    private final boolean canEdit;
    private final List<Consumer<Reader.Span>> selectionListeners = new ArrayList<>();
    private final List<ClaimSection.Factory> sectionFactories;
    private final LiveUpdates live;
    private final String me;
    private @Nullable Runnable stopListening;
    private List<Reader.MarkedSpan> documentSpans = List.of();
    private List<Reader.MarkedSpan> pendingSpans = List.of();
    private final Map<Long, ClaimView> claimsById = new LinkedHashMap<>();
    private @Nullable DocumentDetails document;
    private Reader.@Nullable Span lastSelection;
    private String title = "Document";
    private EnumSet<ClaimStatus> hiddenStatuses = EnumSet.noneOf(ClaimStatus.class);
    private final List<ClaimListNote> listNotes;
    private Map<Long, String> notes = new HashMap<>();

    DocumentReaderView(DocumentService documents, ClaimService claims, CurrentUser currentUser,
            List<ClaimSection.Factory> sectionFactories, List<ReaderTool.Factory> toolFactories, LiveUpdates live,
            List<ClaimListNote> listNotes) {
        this.listNotes = listNotes;
        this.documents = documents;
        this.claims = claims;
        this.live = live;
        this.me = currentUser.get().map(u -> u.getUsername()).orElse("");
        this.canEdit = currentUser.get().map(u -> u.role().includes(Role.REVIEWER)).orElse(false);
        addClassName("fd-doc-view");
        setSizeFull();

        this.sectionFactories = sectionFactories;
        var sections = sectionFactories.stream()
                .sorted(Comparator.comparingInt(ClaimSection.Factory::order))
                .map(f -> f.create(this))
                .toList();
        panel = new ClaimPanel(claims, this, sections);

        source.setTarget("_blank");
        source.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        attention.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.WARNING);
        attention.addClickListener(e -> onlyAttention.setValue(true));
        attention.setVisible(false);

        var listBox = new Div(statusFilter, onlyAttention, claimList);
        listBox.addClassName("fd-side");
        sideTabs.add("Claims", listBox);
        tools = toolFactories.stream()
                .sorted(Comparator.comparingInt(ReaderTool.Factory::order))
                .map(f -> f.create(this))
                .toList();
        var actions = new HorizontalLayout(meta, source);
        tools.forEach(t -> actions.add(t.button()));
        actions.add(attention);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        var head = new Div(actions, new Legend());
        head.addClassName("fd-doc-head");

        reader.setReadOnly(!canEdit);
        reader.onCreateClaim(this::createClaim);
        reader.onSelection(span -> {
            lastSelection = span;
            selectionListeners.forEach(l -> l.accept(span));
        });
        reader.onClaimClicked(clicked -> selectClaim(clicked.id(), false));
        reader.onVisibleClaim(id -> {
            var claim = claimsById.get((long) id);
            if (claim != null && listed().contains(claim)) {
                claimList.scrollToItem(claim);
            }
        });

        statusFilter.setLabel("Show");
        statusFilter.addClassName("fd-status-filter");
        statusFilter.setItems(ClaimStatus.values());
        statusFilter.setItemLabelGenerator(ClaimStatus::label);
        statusFilter.setValue(EnumSet.allOf(ClaimStatus.class));
        statusFilter.addValueChangeListener(e -> applyFilter());
        onlyAttention.addValueChangeListener(e -> applyFilter());

        claimList.addColumn(LitRenderer.<ClaimView>of("""
                <div class="fd-claim-row">
                  <span><span class="fd-status-badge" data-status="${item.status}">${item.label}</span>
                  <span class="fd-muted">${item.note}</span> <span class="fd-muted">${item.flag}</span></span>
                  <span class="fd-snippet">${item.snippet}</span>
                </div>""")
                .withProperty("status", c -> c.status().name())
                .withProperty("note", c -> notes.getOrDefault(c.id(), ""))
                .withProperty("label", c -> c.status().label())
                .withProperty("flag", c -> c.anchorState().needsAttention() ? "check placement" : "")
                .withProperty("snippet", c -> snippet(c.claimText())));
        // No header row: its line is worth a claim more in the list; the name is for screen readers.
        claimList.getElement().setAttribute("aria-label", "Claims in reading order");
        claimList.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        claimList.setEmptyStateText("No claims yet. Select words in the text to create one.");
        claimList.setWidthFull();
        claimList.addClassName("fd-claim-list");
        claimList.getStyle().set("flex", "1 1 0").set("min-height", "12rem");
        claimList.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                selectClaim(e.getValue().id(), true);
            }
        });

        sideTabs.setSizeFull();
        sideTabs.addClassName("fd-side-tabs");
        var panelBox = new Div(panel);
        panelBox.addClassName("fd-side");
        side = new SplitLayout(sideTabs, panelBox, SplitLayout.Orientation.VERTICAL);
        side.setSplitterPosition(LIST_SHARE);
        side.setSizeFull();
        var split = new SplitLayout(reader, side);
        split.setSplitterPosition(62);
        split.setSizeFull();
        split.addClassName("fd-reader-split");
        add(head, split);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        listen();
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        super.onDetach(event);
    }

    /** Others' committed changes to this document arrive through Push: the claim refreshes and a note says who. */
    private void listen() {
        var d = document;
        var ui = getUI().orElse(null);
        if (d == null || ui == null || stopListening != null) {
            return;
        }
        stopListening = live.listen(d.id(), change -> ui.access(() -> {
            if (change.claimId() < 0) {
                reloadAll();
                if (!change.actor().equals(me)) {
                    Notifications.info("The text of this document was replaced (" + change.action() + ")");
                }
                return;
            }
            claimChanged(change.claimId());
            if (!change.actor().equals(me)) {
                Notifications.info(change.actor() + " changed claim " + change.claimId() + " (" + change.action() + ")");
            }
        }));
    }

    private void reloadAll() {
        var d = document;
        if (d == null) {
            return;
        }
        tools.forEach(ReaderTool::textReplaced);
        document = documents.get(d.id());
        var list = claims.forDocument(d.id());
        claimsById.clear();
        list.forEach(c -> claimsById.put(c.id(), c));
        notes = new HashMap<>();
        note(list);
        reader.load(document.text(), list);
        refreshSpans();
        showDocument();
        applyFilter();
        var current = panel.claim();
        panel.show(current == null ? null : claimsById.get(current.id()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(PARAMETER);
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such document");
            return;
        }
        try {
            document = documents.get(id.get());
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        showDocument();
        var list = claims.forDocument(id.get());
        claimsById.clear();
        list.forEach(c -> claimsById.put(c.id(), c));
        notes = new HashMap<>();
        note(list);
        reader.load(document.text(), list);
        refreshSpans();
        applyFilter();
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        listen();
        var selected = event.getLocation().getQueryParameters().getSingleParameter("claim");
        selected.flatMap(s -> parseLong(s)).filter(claimsById::containsKey).ifPresent(c -> selectClaim(c, true));
    }

    private void showDocument() {
        var d = document;
        if (d == null) {
            return;
        }
        var m = d.metadata();
        title = m.title();
        var parts = new ArrayList<String>();
        if (m.publisher() != null) {
            parts.add(m.publisher());
        }
        if (m.author() != null) {
            parts.add(m.author());
        }
        if (m.publishedAt() != null) {
            parts.add(Times.date(m.publishedAt()));
        }
        parts.add(d.summary().wordCount() + " words");
        parts.add("revision " + d.revision());
        meta.setText(String.join(" · ", parts));
        meta.addClassName("fd-muted");
        source.setVisible(m.sourceUrl() != null);
        if (m.sourceUrl() != null) {
            source.setHref(m.sourceUrl());
            source.setText("source");
        }
    }

    void createClaim(Reader.Span span) {
        var d = document;
        if (d == null) {
            return;
        }
        try {
            var created = claims.create(d.id(), NewClaim.at(span.start(), span.end()));
            claimsById.put(created.id(), created);
            note(List.of(created));
            reader.upsert(List.of(created));
            applyFilter();
            selectClaim(created.id(), false);
            Notifications.success("Claim created");
        } catch (RuntimeException e) {
            Notifications.refused(e);
        }
    }

    void selectClaim(long id, boolean scroll) {
        var claim = claimsById.get(id);
        if (claim == null) {
            return;
        }
        reader.select(id, scroll);
        if (listed().contains(claim)) {
            claimList.select(claim);
            claimList.scrollToItem(claim);
        }
        panel.show(claim);
    }

    private List<ClaimView> listed() {
        var shown = statusFilter.getValue();
        return claimsById.values().stream()
                .filter(c -> shown.contains(c.status()))
                .filter(c -> !onlyAttention.getValue() || c.anchorState().needsAttention())
                .sorted(Comparator.comparingInt(ClaimView::start).thenComparingInt(ClaimView::end))
                .toList();
    }

    private void applyFilter() {
        var hidden = EnumSet.allOf(ClaimStatus.class);
        hidden.removeAll(statusFilter.getValue());
        // Changing the filter redraws every highlight in the browser: only do it when it changed.
        if (!hidden.equals(hiddenStatuses)) {
            hiddenStatuses = hidden;
            reader.hideStatuses(hidden);
        }
        claimList.setItems(listed());
        long needing = claimsById.values().stream().filter(c -> c.anchorState().needsAttention()).count();
        attention.setText(needing + (needing == 1 ? " claim needs" : " claims need") + " a placement check");
        attention.setVisible(needing > 0);
        onlyAttention.setVisible(needing > 0 || onlyAttention.getValue());
        var current = panel.claim();
        if (current != null && claimsById.containsKey(current.id())) {
            claimList.select(claimsById.get(current.id()));
        }
    }

    /**
     * The features' notes on these claims (who said it, a doubtful attribution), asked once when the
     * document loads and then only for the claim that changed, not on every filter change.
     */
    private void note(Collection<ClaimView> changed) {
        changed.forEach(c -> notes.remove(c.id()));
        listNotes.forEach(n -> n.notes(changed)
                .forEach((id, text) -> notes.merge(id, text, (a, b) -> a + " \u00B7 " + b)));
    }

    private static String snippet(String text) {
        return text.length() <= 180 ? text : text.substring(0, 177) + "...";
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    // ----- ReaderContext: what panel sections and tools may ask of the reader -----

    @Override
    public Optional<DocumentDetails> document() {
        return Optional.ofNullable(document);
    }

    @Override
    public Collection<ClaimView> claims() {
        return java.util.Collections.unmodifiableCollection(claimsById.values());
    }

    @Override
    public Reader reader() {
        return reader;
    }

    @Override
    public void claimAdded(ClaimView created) {
        claimsById.put(created.id(), created);
        note(List.of(created));
        reader.upsert(List.of(created));
        refreshSpans();
        applyFilter();
        panel.show(created);
    }

    @Override
    public void detailsChanged(DocumentSummary updated) {
        var d = document;
        if (d == null) {
            return;
        }
        document = new DocumentDetails(updated, d.text());
        showDocument();
        getUI().ifPresent(ui -> ui.getPage().setTitle(updated.title()));
    }

    @Override
    public void reload() {
        reloadAll();
    }

    @Override
    public SideTab sideTab(String label, com.vaadin.flow.component.Component content) {
        var tab = sideTabs.add(label, content);
        tab.setVisible(false);
        return new SideTab() {
            @Override
            public void show() {
                tab.setVisible(true);
                sideTabs.setSelectedTab(tab);
                side.setSplitterPosition(65);
            }

            @Override
            public void hide() {
                tab.setVisible(false);
                sideTabs.setSelectedIndex(0);
                side.setSplitterPosition(LIST_SHARE);
            }
        };
    }

    @Override
    public long documentId() {
        return document == null ? -1 : document.id();
    }

    @Override
    public void claimChanged(long claimId) {
        ClaimView updated;
        try {
            updated = claims.get(claimId);
        } catch (NotFoundException e) {
            claimsById.remove(claimId);
            notes.remove(claimId);
            reader.remove(List.of(claimId));
            applyFilter();
            if (panel.claim() != null && panel.claim().id() == claimId) {
                panel.show(null);
            }
            return;
        }
        claimsById.put(claimId, updated);
        note(List.of(updated));
        reader.upsert(List.of(updated));
        pendingSpans = List.of();
        refreshSpans();
        applyFilter();
        if (panel.claim() != null && panel.claim().id() == claimId) {
            panel.show(updated);
        }
    }

    @Override
    public Optional<Reader.Span> lastSelection() {
        return Optional.ofNullable(lastSelection);
    }

    @Override
    public String textOf(Reader.Span span) {
        var d = document;
        if (d == null) {
            return "";
        }
        var text = new org.factdesk.anchoring.CodePointText(d.text());
        return text.slice(Math.max(0, span.start()), Math.min(text.length(), span.end()));
    }

    @Override
    public boolean canEdit() {
        return canEdit;
    }

    @Override
    public void onSelection(Consumer<Reader.Span> listener) {
        selectionListeners.add(listener);
    }

    /** Marks chosen in a panel but not saved yet are drawn beside the saved ones. */
    @Override
    public void showSpans(List<Reader.MarkedSpan> spans) {
        pendingSpans = spans;
        drawSpans();
    }

    private void refreshSpans() {
        var d = document;
        if (d == null) {
            return;
        }
        var all = new ArrayList<Reader.MarkedSpan>();
        sectionFactories.forEach(f -> all.addAll(f.spans(d.id())));
        documentSpans = all;
        drawSpans();
    }

    private void drawSpans() {
        var all = new ArrayList<>(documentSpans);
        var pendingClaims = pendingSpans.stream().map(Reader.MarkedSpan::claimId).collect(java.util.stream.Collectors.toSet());
        all.removeIf(s -> pendingClaims.contains(s.claimId()));
        all.addAll(pendingSpans);
        reader.showSpans(all);
    }

    @Override
    public Optional<ClaimView> current() {
        return Optional.ofNullable(panel.claim());
    }
}
