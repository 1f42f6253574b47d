package org.factdesk.claim.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimService;
import org.factdesk.document.DocumentService;
import org.factdesk.security.CurrentUser;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text of a document, with its claims' highlights, in the first response of a full page load of
 * the reader ({@code /documents/{id}}), drawn by {@code <fd-first-paint>} (frontend/fd-reader.js)
 * before the application has loaded. On a first visit the application's scripts take a second or
 * more to load and start; the article is on screen in a fraction of that. The reader removes the
 * first paint when it has the text; a view without a reader (a document that is gone, say) removes
 * it when it shows.
 *
 * <p>Only for a signed-in user (every role may read documents) and a document that exists: anyone
 * else gets the page as Vaadin writes it. The data travels as JSON in a non-executed script element
 * with every {@code <} escaped, so the text cannot end the element or start markup.
 */
@Component
class FirstPaint implements VaadinServiceInitListener {

    private static final Pattern READER = Pattern.compile("/documents/(\\d{1,18})/?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String BOOT = """
            (() => {
              const shell = document.getElementById('fd-first-paint');
              const data = JSON.parse(document.getElementById('fd-first-paint-data').textContent);
              shell.querySelector('fd-first-paint').load(data.text, data.claims);
              // A view without a reader (the document is gone, the session ended): the first paint goes.
              const gone = () => { const s = document.getElementById('fd-first-paint'); if (s) { s.remove(); } };
              document.addEventListener('DOMContentLoaded', () => {
                const outlet = document.getElementById('outlet');
                if (!outlet) { gone(); return; }
                const watch = new MutationObserver(() => {
                  if (!document.getElementById('fd-first-paint')) { watch.disconnect(); return; }
                  if (outlet.firstElementChild && !outlet.querySelector('fd-reader')) {
                    setTimeout(() => { if (!outlet.querySelector('fd-reader')) { gone(); } }, 1500);
                  }
                });
                watch.observe(outlet, { childList: true, subtree: true });
              });
              setTimeout(gone, 30000);
            })();
            """;

    private final DocumentService documents;
    private final ClaimService claims;
    private final CurrentUser currentUser;

    FirstPaint(DocumentService documents, ClaimService claims, CurrentUser currentUser) {
        this.documents = documents;
        this.claims = claims;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::modify);
        // Vaadin builds the whole view before it sends the first byte of the page (the "initial UIDL"
        // in index.html). For the reader that is the longest part of the first response, and the
        // first paint has the text already: the page goes out at once, and the application asks for
        // its view when its scripts have loaded, as it does when the page is cached.
        var service = event.getSource();
        var initial = service.getBootstrapInitialPredicate();
        service.setBootstrapInitialPredicate(request -> documentId(request).isEmpty()
                && (initial == null || initial.includeInitialUidl(request)));
    }

    void modify(IndexHtmlResponse response) {
        var id = documentId(response.getVaadinRequest());
        if (id.isEmpty() || currentUser.get().isEmpty()) {
            return;
        }
        org.factdesk.document.DocumentDetails document;
        String claimRows;
        try {
            document = documents.get(id.get());
            claimRows = Reader.claimsJson(claims.forDocument(id.get()));
        } catch (NotFoundException e) {
            // The reader will say "Document 99999 does not exist"; the page says it too.
            var page = response.getVaadinResponse();
            if (page != null) {
                page.setStatus(com.vaadin.flow.server.HttpStatusCode.NOT_FOUND.getCode());
            }
            return;
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("text", document.text());
        data.put("claims", claimRows);
        write(response.getDocument(), document.summary().metadata().title(), JSON.writeValueAsString(data));
    }

    /** The first paint's elements at the top of the body, before the application's outlet. */
    static void write(Document page, String title, String json) {
        var body = page.body();
        var shell = body.prependElement("div").id("fd-first-paint").attr("aria-busy", "true");
        shell.appendElement("h1").addClass("fd-first-paint-title").text(title);
        shell.appendElement("fd-first-paint");
        // "<" never appears in JSON outside strings; inside them \u003c means the same to JSON.parse.
        var data = page.createElement("script").attr("type", "application/json").id("fd-first-paint-data")
                .appendChild(new DataNode(json.replace("<", "\\u003c")));
        var reader = page.createElement("script").attr("src", "frontend/fd-reader.js");
        var boot = page.createElement("script").appendChild(new DataNode(BOOT));
        shell.after(data);
        data.after(reader);
        reader.after(boot);
    }

    private static Optional<Long> documentId(VaadinRequest request) {
        @Nullable String path = request.getPathInfo();
        if (path == null && request instanceof VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            path = http.getRequestURI().substring(http.getContextPath().length());
        }
        if (path == null) {
            return Optional.empty();
        }
        var match = READER.matcher(path);
        return match.matches() ? Optional.of(Long.parseLong(match.group(1))) : Optional.empty();
    }
}
