package org.factdesk.document.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import org.factdesk.base.NotFoundException;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentService;

/** Reads one document: its metadata and its text in paragraphs. */
@Route("documents/:documentId")
@PermitAll
class DocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "documentId";

    final Div meta = new Div();
    final Div text = new Div();
    private final DocumentService documents;
    private String title = "Document";

    DocumentView(DocumentService documents) {
        this.documents = documents;
        addClassName("fd-page");
        meta.addClassName("fd-doc-meta");
        text.addClassName("fd-doc-text");
        add(meta, text);
    }

    static RouteParameters parameters(long documentId) {
        return new RouteParameters(PARAMETER, Long.toString(documentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(PARAMETER);
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such document");
            return;
        }
        DocumentDetails document;
        try {
            document = documents.get(id.get());
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        show(document);
    }

    private void show(DocumentDetails document) {
        var m = document.metadata();
        title = m.title();
        meta.removeAll();
        var parts = new ArrayList<String>();
        if (m.publisher() != null) {
            parts.add(m.publisher());
        }
        if (m.author() != null) {
            parts.add(m.author());
        }
        if (m.publishedAt() != null) {
            parts.add(m.publishedAt().toString());
        }
        parts.add(document.summary().wordCount() + " words");
        parts.add("revision " + document.revision());
        meta.add(new Span(String.join(" · ", parts)));
        text.removeAll();
        for (var line : document.text().split("\n")) {
            if (!line.isBlank()) {
                text.add(new Paragraph(line));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
