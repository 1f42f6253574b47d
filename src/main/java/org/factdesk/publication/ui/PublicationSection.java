package org.factdesk.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factdesk.base.ui.SectionSummary;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.publication.PublicationService;
import org.factdesk.publication.PublicationView;

/**
 * "Published" in the claim panel: every version of the claim's fact check with its page, and when
 * the article's text changed after the newest version was published, a warning with the words as
 * published beside the words now, so the desk can decide whether a correction is due.
 */
class PublicationSection extends VerticalLayout implements ClaimSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @SpringComponent
    static class Factory implements ClaimSection.Factory {

        private final PublicationService publications;

        Factory(PublicationService publications) {
            this.publications = publications;
        }

        @Override
        public int order() {
            return 5;
        }

        @Override
        public ClaimSection create(ClaimContext context) {
            return new PublicationSection(publications);
        }
    }

    final Div changed = new Div();
    final Div versions = new Div();
    final Details details;
    private final PublicationService publications;

    PublicationSection(PublicationService publications) {
        this.publications = publications;
        setPadding(false);
        setSpacing(false);
        addClassName("fd-publications");
        changed.addClassName("fd-article-changed");
        changed.getElement().setAttribute("role", "note");
        details = SectionSummary.titled("Published", new VerticalLayout(changed, versions) {
            {
                setPadding(false);
                setSpacing(false);
            }
        });
        add(details);
        setVisible(false);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(ClaimView claim) {
        var all = publications.forClaim(claim.id());
        setVisible(!all.isEmpty());
        versions.removeAll();
        changed.removeAll();
        changed.setVisible(false);
        if (all.isEmpty()) {
            return;
        }
        for (var p : all.reversed()) {
            versions.add(line(p));
        }
        var newest = all.getLast();
        var published = newest.check();
        boolean textChanged = claim.anchoredRevision() != published.article().revision();
        if (textChanged) {
            changed.setVisible(true);
            changed.add(new Span("The article changed after publication: version " + newest.version()
                    + " was checked on text revision " + published.article().revision() + ", the article is now at revision "
                    + claim.anchoredRevision() + "."));
            var was = published.quote().exact();
            changed.add(new Div(new Span(was.equals(claim.exact()) ? "The claim's words are unchanged; they are "
                    + "highlighted where they stand now."
                    : "Published words: \u201C" + was + "\u201D; now: \u201C" + claim.exact() + "\u201D.")));
            changed.add(new Div(new Span("The publication stays as it was. If a correction is due, reopen the claim "
                    + "with a note and publish it again.")));
        }
        SectionSummary.say(details, (textChanged ? "Article changed since \u00B7 " : "") + "version " + newest.version()
                + ", " + DAY.format(newest.publishedAt()));
    }

    private static Div line(PublicationView p) {
        var link = new Anchor("published/" + p.id(), "Version " + p.version() + ", " + DAY.format(p.publishedAt()));
        link.setTarget(AnchorTarget.BLANK);
        link.setRouterIgnore(true);
        var row = new Div(link);
        row.addClassName("fd-publication");
        if (p.correctedBy() != null) {
            row.add(new Span(" \u2014 corrected by version " + p.correctedBy().version()));
        } else if (p.check().correction() != null) {
            row.add(new Span(" \u2014 correction: " + p.check().correction().note()));
        }
        var hash = new Span(" sha256 " + p.sha256().substring(0, 12) + "\u2026");
        hash.addClassName("fd-muted");
        hash.getElement().setAttribute("title", p.sha256());
        row.add(hash);
        return row;
    }
}
