package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;

/**
 * A tool in the reader's head that a feature contributes (suggestions, export, the document's own
 * actions): a button, and whatever it opens. The reader asks every {@link Factory} bean for its tool,
 * so a feature adds one without the reader knowing it.
 */
public interface ReaderTool {

    /** What goes in the reader's head, usually one button. */
    Component button();

    /** The document's text was replaced: anything the tool shows at the old text's offsets goes. */
    default void textReplaced() {
    }

    interface Factory {

        /** Where the tool goes in the head, lower first. */
        int order();

        ReaderTool create(ReaderContext reader);
    }
}
