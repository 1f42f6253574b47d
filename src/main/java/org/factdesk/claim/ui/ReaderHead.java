package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.base.ui.Times;
import org.factdesk.document.DocumentDetails;

/** The reader's head: what the document is (publisher, author, date, length, revision, source), the tools, the legend. */
final class ReaderHead extends Div {

    final Span meta = new Span();
    final Anchor source = new Anchor();

    ReaderHead(List<Component> tools) {
        addClassName("fd-doc-head");
        source.setTarget("_blank");
        source.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        meta.addClassName("fd-muted");
        var actions = new HorizontalLayout(meta, source);
        tools.forEach(actions::add);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        add(actions, new Legend());
    }

    void show(DocumentDetails d) {
        var m = d.metadata();
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
        long words = d.summary().wordCount();
        parts.add(String.format(java.util.Locale.ENGLISH, "%,d", words) + (words == 1 ? " word" : " words"));
        parts.add("revision " + d.revision());
        meta.setText(String.join(" · ", parts));
        source.setVisible(m.sourceUrl() != null);
        if (m.sourceUrl() != null) {
            source.setHref(m.sourceUrl());
            source.setText("source");
        }
    }
}
