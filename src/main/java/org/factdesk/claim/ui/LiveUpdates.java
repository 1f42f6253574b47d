package org.factdesk.claim.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.document.DocumentRevised;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open reader of a document when one of its claims changed, once the change is
 * committed; the reader then refreshes through Vaadin Push and says who did it.
 */
@Component
public class LiveUpdates {

    /** A committed change to a document: to one of its claims, or to its whole text. */
    public sealed interface Change {

        long documentId();

        String actor();
    }

    /** One claim changed ({@code action} in the audit trail's words). */
    public record ClaimChange(long documentId, long claimId, String actor, String action) implements Change {
    }

    /** The document's text was replaced: every claim may have moved. */
    public record TextChange(long documentId, String actor, String what) implements Change {
    }

    private final Map<Long, List<Consumer<Change>>> listeners = new ConcurrentHashMap<>();

    /** Registers a listener for a document; the returned handle removes it. */
    public Runnable listen(long documentId, Consumer<Change> listener) {
        listeners.computeIfAbsent(documentId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> {
            var list = listeners.get(documentId);
            if (list != null) {
                list.remove(listener);
            }
        };
    }

    @TransactionalEventListener
    void claimChanged(ClaimEvent event) {
        notify(new ClaimChange(event.documentId(), event.claimId(), event.actor(), event.action()));
    }

    @TransactionalEventListener
    void textReplaced(DocumentRevised revised) {
        notify(new TextChange(revised.documentId(), revised.actor(), "new revision " + revised.revision()));
    }

    /** A change another Factdesk process committed on the shared database ({@link OtherNodesFeed}). */
    void notifyOthers(Change change) {
        notify(change);
    }

    private void notify(Change change) {
        var list = listeners.get(change.documentId());
        if (list != null) {
            list.forEach(l -> l.accept(change));
        }
    }
}
