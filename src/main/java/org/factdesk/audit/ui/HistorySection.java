package org.factdesk.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.factdesk.audit.AuditTrail;
import org.factdesk.base.ui.SectionSummary;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.claim.ui.ClaimSection;
import org.jspecify.annotations.Nullable;

/**
 * The claim's history from the audit trail, last in the claim panel and closed until asked for: it is
 * read only when opened, and again when the open claim changes.
 */
class HistorySection implements ClaimSection {

    @SpringComponent
    static class Factory implements ClaimSection.Factory {

        private final AuditTrail audit;

        Factory(AuditTrail audit) {
            this.audit = audit;
        }

        @Override
        public int order() {
            return 100;
        }

        @Override
        public ClaimSection create(ClaimContext context) {
            return new HistorySection(audit);
        }
    }

    final Div history = new Div();
    final Details details = SectionSummary.titled("History", history);
    private final AuditTrail audit;
    private @Nullable ClaimView claim;

    HistorySection(AuditTrail audit) {
        this.audit = audit;
        history.addClassName("fd-timeline");
        details.setOpened(false);
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && claim != null) {
                showHistory(claim.id());
            }
        });
    }

    @Override
    public Component component() {
        return details;
    }

    @Override
    public void show(ClaimView shown) {
        this.claim = shown;
        SectionSummary.say(details, "last change by " + shown.updatedBy() + " on " + Times.when(shown.updatedAt()));
        if (details.isOpened()) {
            showHistory(shown.id());
        }
    }

    private void showHistory(long claimId) {
        history.removeAll();
        var entries = audit.history(claimId);
        for (var entry : entries.reversed()) {
            var line = new Div();
            line.add(new Span(Times.when(entry.at()) + " · " + entry.actor() + " " + entry.what()));
            if (entry.change() != null) {
                var change = new Div(new Span(entry.change()));
                change.addClassName("fd-muted");
                line.add(change);
            }
            history.add(line);
        }
        if (entries.isEmpty()) {
            history.add(new Span("No changes recorded"));
        }
    }
}
