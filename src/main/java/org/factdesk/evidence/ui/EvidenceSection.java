package org.factdesk.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.factdesk.anchoring.SpanCheck;
import org.factdesk.base.ui.SectionSummary;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.document.DocumentImportService;
import org.factdesk.document.DocumentService;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.evidence.SourceService;
import org.jspecify.annotations.Nullable;

/** The evidence part of the claim panel: sources with stance, excerpt and locator, and a way to add more. */
class EvidenceSection extends VerticalLayout implements ClaimSection {

    @SpringComponent
    static class Factory implements ClaimSection.Factory {

        private final EvidenceService evidence;
        private final SourceService sources;
        private final DocumentImportService imports;
        private final DocumentService documents;

        Factory(EvidenceService evidence, SourceService sources, DocumentImportService imports, DocumentService documents) {
            this.evidence = evidence;
            this.sources = sources;
            this.imports = imports;
            this.documents = documents;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public ClaimSection create(ClaimContext context) {
            return new EvidenceSection(evidence, sources, imports, documents, context);
        }
    }

    final Div list = new Div();
    final Span counts = new Span();
    final Details details;
    final Button add = new Button("Add evidence");

    private final EvidenceService evidence;
    private final SourceService sources;
    private final DocumentImportService imports;
    private final DocumentService documents;
    private final ClaimContext context;
    private @Nullable ClaimView claim;

    EvidenceSection(EvidenceService evidence, SourceService sources, DocumentImportService imports,
            DocumentService documents, ClaimContext context) {
        this.evidence = evidence;
        this.sources = sources;
        this.imports = imports;
        this.documents = documents;
        this.context = context;
        setPadding(false);
        setSpacing(false);
        counts.addClassName("fd-muted");
        list.addClassName("fd-evidence-list");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(e -> {
            var shown = claim;
            if (shown != null) {
                new EvidenceDialog(evidence, sources, imports, documents, shown,
                        added -> context.claimChanged(shown.id())).open();
            }
        });
        details = SectionSummary.titled("Evidence", new VerticalLayout(counts, list, add) {
            {
                setPadding(false);
                setSpacing(false);
            }
        });
        add(details);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(ClaimView shown) {
        this.claim = shown;
        list.removeAll();
        var links = evidence.forClaim(shown.id());
        var stanceCounts = evidence.stanceCounts(shown.id());
        var summary = new StringBuilder();
        stanceCounts.forEach((stance, n) -> {
            if (n > 0) {
                summary.append(summary.isEmpty() ? "" : " · ").append(n).append(' ').append(stance.label().toLowerCase());
            }
        });
        counts.setText(links.isEmpty() ? "No evidence linked yet" : summary.toString());
        SectionSummary.say(details, links.isEmpty() ? "none yet" : (links.size() == 1 ? "1 source" : links.size()
                + " sources") + ": " + summary);
        links.forEach(l -> list.add(item(l)));
        add.setVisible(editable());
    }

    /** Evidence of a published claim is locked until an editor reopens it. */
    private boolean editable() {
        return context.canEdit() && (claim == null || claim.status() != org.factdesk.claim.ClaimStatus.PUBLISHED);
    }

    private Component item(EvidenceView link) {
        var box = new Div();
        box.addClassName("fd-evidence");
        var head = new Div();
        var stance = new Span(link.stance().label());
        stance.addClassName("fd-stance");
        stance.getElement().setAttribute("data-stance", link.stance().name());
        head.add(stance, new Span(" "));
        var url = link.source().url();
        if (url != null) {
            var anchor = new Anchor(url, link.source().title());
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            head.add(anchor);
        } else {
            head.add(new Anchor("sources/" + link.source().id(), link.source().title()));
        }
        box.add(head);
        if (link.excerpt() != null) {
            var excerpt = new Div("\u201C" + link.excerpt() + "\u201D");
            excerpt.addClassName("fd-quote");
            box.add(excerpt);
        }
        if (link.excerptPlacement() != null) {
            // The quoted desk document's text was replaced since: say where this excerpt stands.
            var where = new Div("This excerpt " + link.excerptPlacement().sentence()
                    + (link.excerptPlacement() != SpanCheck.NOT_FOUND || link.excerptRevision() == null ? ""
                            : " (quoted from revision " + link.excerptRevision() + ")")
                    + ". Check it in the document.");
            where.addClassName("fd-warning");
            box.add(where);
        }
        var meta = new Div((link.locator() == null ? "" : link.locator() + " · ") + "added by " + link.createdBy());
        meta.addClassName("fd-muted");
        box.add(meta);
        if (editable()) {
            var remove = new Button("Remove", e -> {
                var dialog = new ConfirmDialog("Remove this evidence?", "The link is removed; the source stays in the library.",
                        "Remove", ev -> {
                            var shown = claim;
                            if (Notifications.attempt(() -> evidence.remove(link.id(), shown == null ? null : shown.version()))
                                    && claim != null) {
                                context.claimChanged(claim.id());
                            }
                        });
                dialog.setCancelable(true);
                dialog.open();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            box.add(remove);
        }
        return box;
    }
}
