package org.factdesk.verification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.factdesk.search.ClaimQuery;
import org.factdesk.search.ClaimSearchService;
import org.factdesk.security.CurrentUser;
import org.factdesk.verification.ReviewService;
import org.factdesk.verification.VerdictScaleService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.factdesk.claim.ui.ReaderLinks;

/** The desk at a glance: claims by status and verdict, per document, the oldest unchecked, my assignments, attribution problems. */
@Route("dashboard")
@PageTitle("Dashboard")
@Menu(order = 1, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
class DashboardView extends VerticalLayout {

    final Div byStatus = new Div();
    final Div byVerdict = new Div();
    final Grid<Map.Entry<DocumentSummary, Map<ClaimStatus, Long>>> perDocument = new Grid<>();
    final ClaimList oldest = new ClaimList("No unchecked claims");
    final ClaimList mine = new ClaimList("Nothing is assigned to you");
    final ClaimList problems = new ClaimList("No attribution problems found");

    DashboardView(ClaimService claims, ReviewService reviews, VerdictScaleService scale, DocumentService documents,
            ClaimSearchService search, CurrentUser currentUser) {
        addClassName("fd-page");

        var statusCounts = claims.countsByStatus();
        long total = statusCounts.values().stream().mapToLong(Long::longValue).sum();
        statusCounts.forEach((status, n) -> byStatus.add(bar(status.label(), n, total)));
        var verdictCounts = reviews.verdictCounts();
        long withVerdict = verdictCounts.values().stream().mapToLong(Long::longValue).sum();
        for (var verdict : scale.scale()) {
            byVerdict.add(bar(verdict.label(), verdictCounts.getOrDefault(verdict.code(), 0L), Math.max(1, withVerdict)));
        }
        byStatus.addClassName("fd-bars");
        byVerdict.addClassName("fd-bars");

        var docs = documents.list("", PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt"))).getContent();
        var counts = claims.countsByStatus(docs.stream().map(DocumentSummary::id).toList());
        var rows = new LinkedHashMap<DocumentSummary, Map<ClaimStatus, Long>>();
        docs.forEach(d -> rows.put(d, counts.getOrDefault(d.id(), Map.of())));
        perDocument.addColumn(e -> e.getKey().title()).setHeader("Document").setFlexGrow(3);
        for (var status : ClaimStatus.values()) {
            perDocument.addColumn(e -> e.getValue().getOrDefault(status, 0L)).setHeader(status.label()).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        perDocument.setItems(rows.entrySet());
        perDocument.addItemClickListener(e -> getUI().ifPresent(ui -> ReaderLinks.openDocument(ui, e.getItem().getKey().id())));
        perDocument.addThemeVariants(GridVariant.NO_BORDER);
        perDocument.setAllRowsVisible(true);

        oldest.show(search.search(new ClaimQuery(null, Set.of(ClaimStatus.UNCHECKED), null, null, Set.of(), null, null,
                Set.of()), PageRequest.of(0, 10, Sort.by(Sort.Direction.ASC, "createdAt"))).getContent());
        currentUser.get().ifPresent(me -> mine.show(search.search(new ClaimQuery(null, EnumSet.of(ClaimStatus.UNCHECKED,
                ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW), null, null, Set.of(), null, null, Set.of(), Set.of(),
                me.getUsername()), PageRequest.of(0, 10, Sort.by("updatedAt"))).getContent()));
        var problemChecks = EnumSet.noneOf(AttributionCheck.class);
        for (var check : AttributionCheck.values()) {
            if (check.isProblem()) {
                problemChecks.add(check);
            }
        }
        problems.show(search.search(new ClaimQuery(null, Set.of(), null, null, Set.of(), null, null, problemChecks),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updatedAt"))).getContent());

        var summary = new Span(total + " claims, " + withVerdict + " with a verdict");
        summary.addClassName("fd-muted");
        add(summary, new H3("Claims by status"), byStatus, new H3("Claims by verdict"), byVerdict,
                new H3("Per document"), perDocument, new H3("Oldest unchecked claims"), oldest,
                new H3("My assignments"), mine, new H3("Attribution problems found"), problems);
    }

    /** One bar of a chart: a label, a count, and a bar in proportion to the total. */
    private static Div bar(String label, long count, long total) {
        var row = new Div();
        row.addClassName("fd-bar");
        var name = new Span(label);
        name.addClassName("fd-bar-label");
        var progress = new ProgressBar(0, Math.max(1, total), count);
        progress.getElement().setAttribute("aria-label", label + ": " + count + " of " + total);
        var value = new Span(String.valueOf(count));
        value.addClassName("fd-bar-value");
        row.add(name, progress, value);
        return row;
    }
}
