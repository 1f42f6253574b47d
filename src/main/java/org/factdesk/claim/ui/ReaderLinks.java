package org.factdesk.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/**
 * The one way other screens open the reader: on a document, or on one claim in it. The route and its
 * query are built by the router, never by string concatenation: {@code ui.navigate("documents/1?claim=7")}
 * takes the whole string as the path and the reader then fails on "1?claim=7".
 */
public final class ReaderLinks {

    private ReaderLinks() {
    }

    public static void openDocument(UI ui, long documentId) {
        ui.navigate(DocumentReaderView.class, parameters(documentId));
    }

    public static void openClaim(UI ui, long documentId, long claimId) {
        ui.navigate(DocumentReaderView.class, parameters(documentId), claimQuery(claimId));
    }

    /** The reader's address for a document, relative to the app's root, for links ({@code href}). */
    public static String documentHref(long documentId) {
        return RouteConfiguration.forSessionScope().getUrl(DocumentReaderView.class, parameters(documentId));
    }

    static RouteParameters parameters(long documentId) {
        return new RouteParameters(DocumentReaderView.PARAMETER, Long.toString(documentId));
    }

    private static QueryParameters claimQuery(long claimId) {
        return QueryParameters.of("claim", Long.toString(claimId));
    }
}
