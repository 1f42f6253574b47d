package org.factdesk.evidence.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimService;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.SourceView;
import org.jspecify.annotations.Nullable;
import org.factdesk.claim.ui.ReaderLinks;

/** One source: its details and every claim that cites it, with stance and excerpt. */
@Route("sources/:sourceId")
@PermitAll
class SourcePageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Anchor link = new Anchor();
    final Anchor document = new Anchor();
    final Grid<EvidenceView> citations = new Grid<>();

    private final SourceService sources;
    private final EvidenceService evidence;
    private final ClaimService claims;
    private @Nullable SourceView source;

    SourcePageView(SourceService sources, EvidenceService evidence, ClaimService claims) {
        this.sources = sources;
        this.evidence = evidence;
        this.claims = claims;
        addClassName("fd-page");
        setSizeFull();
        facts.addClassName("fd-muted");
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        citations.addColumn(e -> e.stance().label()).setHeader("Stance").setAutoWidth(true).setFlexGrow(0);
        citations.addColumn(e -> claims.get(e.claimId()).claimText()).setHeader("Claim").setFlexGrow(3);
        citations.addColumn(e -> e.excerpt() == null ? "" : "\u201C" + e.excerpt() + "\u201D").setHeader("Excerpt").setFlexGrow(3);
        citations.addColumn(e -> e.locator() == null ? "" : e.locator()).setHeader("Where");
        citations.addItemClickListener(e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui,
                claims.get(e.getItem().claimId()).documentId(), e.getItem().claimId())));
        citations.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        citations.setEmptyStateText("No claim cites this source yet");
        citations.setSizeFull();
        add(title, facts, link, document, citations);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            source = sources.get(event.getRouteParameters().getLong("sourceId")
                    .orElseThrow(() -> new NotFoundException("Source", "?")));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        var s = source;
        var f = s.fields();
        title.setText(f.title());
        var parts = new ArrayList<String>();
        parts.add(f.kind().label());
        if (f.publisher() != null) {
            parts.add(f.publisher());
        }
        if (f.author() != null) {
            parts.add(f.author());
        }
        if (f.publishedOn() != null) {
            parts.add("published " + f.publishedOn());
        }
        if (f.accessedOn() != null) {
            parts.add("accessed " + f.accessedOn());
        }
        if (f.reliability() != null) {
            parts.add("reliability " + f.reliability() + "/5" + (f.reliabilityNote() == null ? "" : ": " + f.reliabilityNote()));
        }
        if (f.notes() != null) {
            parts.add(f.notes());
        }
        facts.setText(String.join(" · ", parts));
        link.setVisible(f.url() != null);
        if (f.url() != null) {
            link.setHref(f.url());
            link.setText(f.url());
        }
        document.setVisible(f.documentId() != null);
        if (f.documentId() != null) {
            document.setHref(ReaderLinks.documentHref(f.documentId()));
            document.setText("Open the imported text in Factdesk");
        }
        citations.setItems(evidence.citing(s.id()));
    }

    @Override
    public String getPageTitle() {
        return source == null ? "Source" : source.title();
    }
}
