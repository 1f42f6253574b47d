package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Optional;
import org.factdesk.claim.ClaimView;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentSummary;

/** What a reader tool may ask of the reader around it, beyond what a claim panel section may. */
public interface ReaderContext extends ClaimContext {

    /** The document shown, once the reader has loaded one. */
    Optional<DocumentDetails> document();

    /** The document's claims as the reader holds them. */
    Collection<ClaimView> claims();

    /** The text with its highlights, for tools that draw in it (suggestions). */
    Reader reader();

    /** A claim the tool created: it joins the text and the list, and the panel shows it. */
    void claimAdded(ClaimView claim);

    /** The document's details were edited: the head and the page title follow. */
    void detailsChanged(DocumentSummary details);

    /** Reads the document and its claims again (after its text was replaced). */
    void reload();

    /** Adds a tab beside the claims list, hidden until the tool shows it. */
    SideTab sideTab(String label, Component content);

    interface SideTab {

        /** Shows the tab, selects it and gives the side column's top more room. */
        void show();

        /** Hides the tab and goes back to the claims list. */
        void hide();
    }
}
