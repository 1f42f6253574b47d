package org.factdesk.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factdesk.publication.PublicationService;
import org.factdesk.publication.PublicationView;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;

/**
 * What the desk published, newest first, each version with its public page; who publishes
 * (the desk's name and address, whether the pages are public); and for an admin the check of the
 * whole chain of publications, the same as {@code verify-publications} on the command line.
 */
@Route("publications")
@PageTitle("Publications")
@Menu(order = 45, icon = "vaadin:globe", title = "Publications")
@PermitAll
class PublicationsView extends VerticalLayout {

    static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    final Grid<PublicationView> grid = new Grid<>();
    final Button verify = new Button("Check the chain");
    final Div verification = new Div();
    final Paragraph desk = new Paragraph();

    PublicationsView(PublicationService publications, CurrentUser currentUser) {
        addClassName("fd-page");
        setSizeFull();
        var settings = publications.publishing();
        desk.setText("Published as " + settings.organizationName()
                + (settings.organizationUrl() == null ? "" : " (" + settings.organizationUrl() + ")")
                + "; fact-check pages at " + settings.factCheckBaseUrl() + ". The pages and the ClaimReview feed are "
                + (settings.publicPages() ? "public." : "for signed-in people only (FACTDESK_PUBLIC_PAGES=true opens them)."));
        var pages = new Anchor("published", "Published pages");
        pages.setTarget(AnchorTarget.BLANK);
        pages.setRouterIgnore(true);
        var feed = new Anchor("published/feed.json", "ClaimReview feed");
        feed.setTarget(AnchorTarget.BLANK);
        feed.setRouterIgnore(true);

        grid.addColumn(p -> WHEN.format(p.publishedAt())).setHeader("Published (UTC)").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> {
            var link = new Anchor("published/" + p.id(), p.check().claim());
            link.setTarget(AnchorTarget.BLANK);
            link.setRouterIgnore(true);
            return link;
        }).setHeader("Claim").setFlexGrow(3);
        grid.addColumn(p -> p.check().verdict().label()).setHeader("Verdict").setAutoWidth(true);
        grid.addColumn(p -> p.check().attribution() == null || p.check().attribution().claimant() == null ? ""
                : p.check().attribution().claimant()).setHeader("Claimant (as published)").setAutoWidth(true);
        grid.addColumn(p -> "v" + p.version() + (p.correctedBy() == null ? "" : ", corrected by v"
                + p.correctedBy().version())).setHeader("Version").setAutoWidth(true);
        grid.addColumn(p -> p.sha256().substring(0, 12) + "\u2026").setHeader("SHA-256").setAutoWidth(true);
        grid.setItems(publications.list(0, SHOWN));
        grid.setEmptyStateText("Nothing published yet: a claim is published when a second editor approves its verdict.");

        verify.addClickListener(e -> {
            var result = publications.verify();
            verification.removeAll();
            verification.add(new Paragraph(result.intact() ? "Chain intact: " + result.summary() : result.summary()));
            result.breaks().stream().limit(50).forEach(b -> verification.add(new Paragraph("Publication "
                    + b.publicationId() + " (number " + b.sequence() + "): " + b.problem())));
            verification.getElement().setAttribute("data-intact", Boolean.toString(result.intact()));
        });
        verification.getElement().setAttribute("role", "status");
        boolean admin = currentUser.get().map(u -> u.role().includes(Role.ADMIN)).orElse(false);
        verify.setVisible(admin);
        add(new H2("Publications"), desk, new Div(pages, new com.vaadin.flow.component.html.Span(" \u00B7 "), feed),
                verify, verification, grid);
        setFlexGrow(1, grid);
    }
}
