package org.factdesk.verification.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionService;
import org.factdesk.audit.AuditTrail;
import org.factdesk.base.chart.BarChart;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ui.ReaderLinks;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.factdesk.security.CurrentUser;
import org.factdesk.verification.ReviewService;
import org.factdesk.verification.VerdictScaleService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The desk at a glance: claims by status and verdict, per document, the oldest unchecked, my assignments, attribution problems. */
@Route("dashboard")
@PageTitle("Dashboard")
@Menu(order = 1, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
class DashboardView extends VerticalLayout {

    final Div byStatus = new Div();
    final Div byVerdict = new Div();
    final Div overTime = new Div();
    final Div perPerson = new Div();
    final Grid<Map.Entry<DocumentSummary, Map<ClaimStatus, Long>>> perDocument = new Grid<>();
    final ClaimList oldest = new ClaimList("No unchecked claims");
    final ClaimList mine = new ClaimList("Nothing is assigned to you");
    final ClaimList problems = new ClaimList("No attribution problems found");

    static final int WEEKS = 12;
    private static final Map<ClaimStatus, String> STATUS_COLORS = Map.of(
            ClaimStatus.UNCHECKED, "oklch(0.72 0.14 95)", ClaimStatus.IN_RESEARCH, "oklch(0.6 0.12 240)",
            ClaimStatus.IN_REVIEW, "oklch(0.55 0.14 300)", ClaimStatus.PUBLISHED, "oklch(0.55 0.14 150)",
            ClaimStatus.DISMISSED, "oklch(0.6 0.02 260)");

    DashboardView(ClaimQueries claims, ReviewService reviews, VerdictScaleService scale, DocumentService documents,
            AttributionService attributions, CurrentUser currentUser, AuditTrail audit) {
        addClassName("fd-page");

        var statusCounts = claims.countsByStatus();
        long total = statusCounts.values().stream().mapToLong(Long::longValue).sum();
        byStatus.add(new Html(BarChart.bars("Claims by status: " + describe(statusCounts.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).toList()),
                statusCounts.entrySet().stream().map(e -> new BarChart.Bar(e.getKey().label(), e.getValue(),
                        STATUS_COLORS.get(e.getKey()))).toList())));
        var verdictCounts = reviews.verdictCounts();
        long withVerdict = verdictCounts.values().stream().mapToLong(Long::longValue).sum();
        var verdictBars = scale.scale().stream().map(v -> new BarChart.Bar(v.label(),
                verdictCounts.getOrDefault(v.code(), 0L), v.color())).toList();
        byVerdict.add(new Html(BarChart.bars("Claims by verdict: " + describe(verdictBars.stream()
                .map(b -> b.label() + " " + b.value()).toList()), verdictBars)));
        byStatus.addClassName("fd-chart");
        byVerdict.addClassName("fd-chart");
        overTime.add(new Html(weekly(audit)));
        overTime.addClassName("fd-chart");
        perPerson.addClassName("fd-chart");
        showPeople(audit);

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
        perDocument.addItemClickListener(e -> getUI().ifPresent(ui -> ReaderLinks.openDocument(ui,
                e.getItem().getKey().id())));
        perDocument.addThemeVariants(GridVariant.NO_BORDER);
        perDocument.setAllRowsVisible(true);

        oldest.show(claims.search(new ClaimFilter(null, Set.of(ClaimStatus.UNCHECKED), null, Set.of(), null, null),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.ASC, "createdAt"))).getContent());
        currentUser.get().ifPresent(me -> mine.show(claims.search(new ClaimFilter(null, EnumSet.of(ClaimStatus.UNCHECKED,
                ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW), null, Set.of(), null, reviews.assignedTo(me.getUsername())),
                PageRequest.of(0, 10, Sort.by("updatedAt"))).getContent()));
        var problemChecks = EnumSet.noneOf(AttributionCheck.class);
        for (var check : AttributionCheck.values()) {
            if (check.isProblem()) {
                problemChecks.add(check);
            }
        }
        problems.show(claims.search(new ClaimFilter(null, Set.of(), null, Set.of(), null,
                attributions.claimIdsWithCheck(problemChecks)), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updatedAt"))).getContent());

        var summary = new Span(total + " claims, " + withVerdict + " with a verdict");
        summary.addClassName("fd-muted");
        add(summary, new H3("Claims by status"), byStatus, new H3("Claims by verdict"), byVerdict,
                new H3("The last " + WEEKS + " weeks"), overTime, new H3("Work per person, last 30 days"), perPerson,
                new H3("Per document"), perDocument, new H3("Oldest unchecked claims"), oldest,
                new H3("My assignments"), mine, new H3("Attribution problems found"), problems);
    }

    private static String describe(List<String> parts) {
        return String.join(", ", parts);
    }

    /** Claims created, verdicts set, claims published and sent back, per week, from the audit trail. */
    static String weekly(AuditTrail audit) {
        var zone = ZoneId.systemDefault();
        var thisWeek = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var first = thisWeek.minusWeeks(WEEKS - 1);
        // "verdict" entries also record rationale and note changes: only those of the verdict itself count.
        var actions = List.of("created", "verdict", "approved", "rejected");
        var counts = new long[actions.size()][WEEKS];
        // Days are UTC days, weeks the server's: a change near midnight may land in the neighbouring week.
        for (var day : audit.dailyCountsSince(first.atStartOfDay(zone).toInstant(), actions)) {
            if (day.action().equals("verdict") && !"verdict".equals(day.field())) {
                continue;
            }
            int week = (int) ChronoUnit.WEEKS.between(first, day.day());
            if (week >= 0 && week < WEEKS) {
                counts[actions.indexOf(day.action())][week] += day.count();
            }
        }
        var weeks = new ArrayList<String>();
        for (int w = 0; w < WEEKS; w++) {
            weeks.add(Times.date(first.plusWeeks(w)));
        }
        var names = List.of("Claims created", "Verdicts set", "Published", "Sent back to research");
        var colors = List.of("oklch(0.6 0.12 240)", "oklch(0.6 0.14 300)", "oklch(0.55 0.14 150)",
                "oklch(0.6 0.16 30)");
        var series = new ArrayList<BarChart.Series>();
        var summary = new ArrayList<String>();
        for (int a = 0; a < actions.size(); a++) {
            var values = Arrays.stream(counts[a]).boxed().toList();
            series.add(new BarChart.Series(names.get(a), colors.get(a), values));
            summary.add(names.get(a) + " " + values.stream().mapToLong(Long::longValue).sum());
        }
        return BarChart.columns("Per week since " + weeks.getFirst() + ": " + describe(summary), weeks, series);
    }

    /** Per person, how many claims they created, verdicts they set, claims they approved, comments they wrote. */
    private void showPeople(AuditTrail audit) {
        var since = Instant.now().minus(30, ChronoUnit.DAYS);
        var byPerson = new TreeMap<String, Map<String, Long>>();
        for (var a : audit.activitySince(since)) {
            byPerson.computeIfAbsent(a.actor(), k -> new TreeMap<>()).merge(a.action(), a.count(), Long::sum);
        }
        if (byPerson.isEmpty()) {
            perPerson.add(new Span("Nobody changed a claim in the last 30 days"));
            return;
        }
        var bars = new ArrayList<BarChart.Bar>();
        var lines = new ArrayList<String>();
        byPerson.forEach((person, actions) -> {
            long changes = actions.values().stream().mapToLong(Long::longValue).sum();
            bars.add(new BarChart.Bar(person, changes, "oklch(0.6 0.12 240)"));
            lines.add(person + ": " + actions.getOrDefault("created", 0L) + " created, "
                    + actions.getOrDefault("verdict", 0L) + " verdict or rationale edits, "
                    + actions.getOrDefault("approved", 0L) + " approved, " + actions.getOrDefault("commented", 0L) + " comments");
        });
        perPerson.add(new Html(BarChart.bars("Changes per person in the last 30 days: " + describe(lines), bars)));
        var detail = new Div(String.join(" \u00B7 ", lines));
        detail.addClassName("fd-muted");
        perPerson.add(detail);
    }
}
