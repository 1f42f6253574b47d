package org.factdesk.claim.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.document.DocumentRevised;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open reader of a document when one of its claims changed, once the change is
 * committed; the reader then refreshes through Vaadin Push and says who did it.
 */
@Component
public class LiveUpdates {

    /** A committed change to a document's claims; {@code claimId} is -1 when the whole text changed. */
    public record Change(long documentId, long claimId, String actor, String action) {
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
    void claimChanged(ClaimChanged change) {
        notify(new Change(change.documentId(), change.claimId(), change.actor(), change.action()));
    }

    @TransactionalEventListener
    void textReplaced(DocumentRevised revised) {
        notify(new Change(revised.documentId(), -1, "", "new revision " + revised.revision()));
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
