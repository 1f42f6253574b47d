package org.factdesk.claim.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.anchoring.CodePointText;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
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
    private static final double READER_SHARE = 62;
    private static final double READER_SHARE_ROOMY = 50;

    final Reader reader = new Reader();
    final ReaderHead head;
    final TabSheet sideTabs = new TabSheet();
    final ReaderClaimList list;
    final ClaimPanel panel;
    final List<ReaderTool> tools;
    private final SplitLayout side;
    private final SplitLayout split;

    private final DocumentService documents;
    private final ClaimService claims;
    private final boolean canEdit;
    private final List<Consumer<Reader.Span>> selectionListeners = new ArrayList<>();
    private final List<ClaimSection.Factory> sectionFactories;
    private final LiveUpdates live;
    private final String me;
    private @Nullable Runnable stopListening;
    private final ReaderSpans spans;
    private @Nullable DocumentDetails document;
    private Reader.@Nullable Span lastSelection;
    private String title = "Document";

    DocumentReaderView(DocumentService documents, ClaimService claims, CurrentUser currentUser,
            List<ClaimSection.Factory> sectionFactories, List<ReaderTool.Factory> toolFactories, LiveUpdates live,
            List<ClaimListNote> listNotes, List<ClaimListBadge> listBadges) {
        this.documents = documents;
        this.claims = claims;
        this.live = live;
        this.sectionFactories = sectionFactories;
        this.spans = new ReaderSpans(reader, sectionFactories);
        this.me = currentUser.get().map(u -> u.getUsername()).orElse("");
        this.canEdit = currentUser.get().map(u -> u.role().includes(Role.REVIEWER)).orElse(false);
        addClassName("fd-doc-view");
        setSizeFull();

        panel = new ClaimPanel(claims, this, () -> sectionFactories.stream()
                .sorted(Comparator.comparingInt(ClaimSection.Factory::order))
                .map(f -> f.create(this))
                .toList());
        list = new ReaderClaimList(listNotes, listBadges, id -> selectClaim(id, true), reader::hideStatuses,
                panel::claim);
        sideTabs.add("Claims", list);
        tools = toolFactories.stream()
                .sorted(Comparator.comparingInt(ReaderTool.Factory::order))
                .map(f -> f.create(this))
                .toList();

        var buttons = new ArrayList<Component>();
        tools.forEach(t -> buttons.add(t.button()));
        buttons.add(list.attention);
        head = new ReaderHead(buttons);

        reader.setReadOnly(!canEdit);
        reader.onCreateClaim(this::createClaim);
        reader.onSelection(span -> {
            lastSelection = span;
            selectionListeners.forEach(l -> l.accept(span));
        });
        reader.onClaimClicked(clicked -> selectClaim(clicked.id(), false));
        reader.onVisibleClaim(list::scrollTo);

        sideTabs.setSizeFull();
        sideTabs.addClassName("fd-side-tabs");
        var panelBox = new Div(panel);
        panelBox.addClassName("fd-side");
        side = new SplitLayout(sideTabs, panelBox, SplitLayout.Orientation.VERTICAL);
        side.setSplitterPosition(LIST_SHARE);
        side.setSizeFull();
        split = new SplitLayout(reader, side);
        split.setSplitterPosition(READER_SHARE);
        split.setSizeFull();
        split.addClassName("fd-reader-split");
        add(head, split);
        panel.onRoom(this::giveRoom);
    }

    /**
     * The claim panel takes the side's full height and half the width (issue 36: 283 px of height for
     * 1,862 px of content at 1440x900), or gives the claims list its place back. Both splits can still
     * be dragged.
     */
    void giveRoom(boolean roomy) {
        side.setSplitterPosition(roomy ? 0 : LIST_SHARE);
        split.setSplitterPosition(roomy ? READER_SHARE_ROOMY : READER_SHARE);
        panel.showRoomy(roomy);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        listen();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening();
        super.onDetach(event);
    }

    private void stopListening() {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    /** Others' committed changes to this document arrive through Push: the claim refreshes and a note says who. */
    private void listen() {
        var d = document;
        var ui = getUI().orElse(null);
        if (d == null || ui == null || stopListening != null) {
            return;
        }
        stopListening = live.listen(d.id(), change -> ui.access(() -> {
            switch (change) {
                case LiveUpdates.TextChange text -> {
                    reload();
                    if (!text.actor().equals(me)) {
                        Notifications.info("The text of this document was replaced (" + text.what() + ")");
                    }
                }
                case LiveUpdates.ClaimChange claim -> {
                    claimChanged(claim.claimId());
                    if (!claim.actor().equals(me)) {
                        Notifications.info(claim.actor() + " changed claim " + claim.claimId() + " (" + claim.action()
                                + ")");
                    }
                }
            }
        }));
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
        load(document);
        stopListening();
        listen();
        var selected = event.getLocation().getQueryParameters().getSingleParameter("claim");
        selected.flatMap(DocumentReaderView::parseLong).filter(c -> list.get(c) != null)
                .ifPresent(c -> selectClaim(c, true));
    }

    /** Shows the document with its claims as they are now. */
    private void load(DocumentDetails d) {
        showDocument();
        var all = claims.forDocument(d.id());
        list.setAll(all);
        reader.load(d.text(), all);
        spans.reloadAll(d.id());
    }

    private void showDocument() {
        var d = document;
        if (d != null) {
            title = d.metadata().title();
            head.show(d);
        }
    }

    void createClaim(Reader.Span span) {
        var d = document;
        if (d == null) {
            return;
        }
        try {
            var created = claims.create(d.id(), NewClaim.at(span.start(), span.end()));
            list.put(created);
            reader.upsert(List.of(created));
            selectClaim(created.id(), false);
            Notifications.success("Claim created");
        } catch (RuntimeException e) {
            Notifications.refused(e);
        }
    }

    void selectClaim(long id, boolean scroll) {
        var claim = list.get(id);
        if (claim == null) {
            return;
        }
        reader.select(id, scroll);
        list.show(claim);
        panel.show(claim);
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
        return list.all();
    }

    @Override
    public Reader reader() {
        return reader;
    }

    @Override
    public void claimAdded(ClaimView created) {
        list.put(created);
        reader.upsert(List.of(created));
        spans.reloadClaim(created.documentId(), created.id());
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
        var d = document;
        if (d == null) {
            return;
        }
        tools.forEach(ReaderTool::textReplaced);
        document = documents.get(d.id());
        load(document);
        var current = panel.claim();
        panel.show(current == null ? null : list.get(current.id()));
    }

    @Override
    public SideTab sideTab(String label, Component content) {
        var tab = sideTabs.add(label, content);
        tab.setVisible(false);
        return new SideTab() {
            @Override
            public void show() {
                tab.setVisible(true);
                sideTabs.setSelectedTab(tab);
                side.setSplitterPosition(65);
                panel.showRoomy(false);
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
        var shown = panel.claim();
        boolean isShown = shown != null && shown.id() == claimId;
        ClaimView updated;
        try {
            updated = claims.get(claimId);
        } catch (NotFoundException e) {
            list.remove(claimId);
            reader.remove(List.of(claimId));
            if (isShown) {
                panel.show(null);
            }
            return;
        }
        list.put(updated);
        reader.upsert(List.of(updated));
        spans.reloadClaim(updated.documentId(), claimId);
        if (isShown) {
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
        var text = new CodePointText(d.text());
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
    public void showSpans(List<Reader.MarkedSpan> marks) {
        spans.showPending(marks);
    }

    @Override
    public Optional<ClaimView> current() {
        return Optional.ofNullable(panel.claim());
    }
}
