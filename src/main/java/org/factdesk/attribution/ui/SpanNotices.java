package org.factdesk.attribution.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.factdesk.attribution.AttributionView;
import org.jspecify.annotations.Nullable;

/**
 * In the claim panel, under the marked words: which source or cue words need a look since the text was
 * replaced (placed to be checked, or not found and cleared), in one sentence each. Hidden when none do.
 */
class SpanNotices extends Div {

    SpanNotices() {
        addClassName("fd-warning");
        addClassName("fd-span-notices");
        setVisible(false);
    }

    void show(@Nullable AttributionView a) {
        removeAll();
        if (a != null && a.sourceNotice() != null) {
            add(new Paragraph(a.sourceNotice().sentence("source")));
        }
        if (a != null && a.cueNotice() != null) {
            add(new Paragraph(a.cueNotice().sentence("cue")));
        }
        setVisible(a != null && a.spansNeedCheck());
    }
}
