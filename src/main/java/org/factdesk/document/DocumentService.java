package org.factdesk.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.anchoring.Reanchorer;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.anchoring.TextAnchor;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, finding and reading documents. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class DocumentService {

    private final DocumentRepository documents;
    private final DocumentRevisionRepository revisions;
    private final CurrentUser currentUser;
    private final DocumentTextCache texts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AnchoredInText<?, ?>> anchored;

    /** The features anchored in texts are asked for lazily: most of them read documents through this service. */
    DocumentService(DocumentRepository documents, DocumentRevisionRepository revisions, CurrentUser currentUser,
            DocumentTextCache texts, ApplicationEventPublisher events, ObjectProvider<AnchoredInText<?, ?>> anchored) {
        this.anchored = anchored;
        this.documents = documents;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.texts = texts;
        this.events = events;
    }

    /** Creates a document from its metadata and text; the text is brought to canonical form first. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public DocumentDetails create(DocumentMetadata metadata, String rawText) {
        return createAs(metadata, rawText, currentUser.usernameOrSystem());
    }

    private DocumentDetails createAs(DocumentMetadata metadata, String rawText, String who) {
        var text = CanonicalText.of(rawText);
        var document = documents.save(new Document(metadata, who));
        revisions.save(new DocumentRevision(document, 1, text, who));
        document.textChanged(1, text);
        documents.flush();
        texts.get(document.id(), 1, () -> text);
        return new DocumentDetails(DocumentSummary.of(document), text);
    }

    /** Documents whose title, publisher or author contains the words; archived ones left out. */
    @Transactional(readOnly = true)
    public Page<DocumentSummary> list(String query, Pageable pageable) {
        return list(query, false, pageable);
    }

    /** The same, with archived documents too when asked. */
    @Transactional(readOnly = true)
    public Page<DocumentSummary> list(String query, boolean withArchived, Pageable pageable) {
        var q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return documents.findAll(withArchived, pageable).map(DocumentSummary::of);
        }
        var pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return documents.search(pattern, withArchived, pageable).map(DocumentSummary::of);
    }

    /**
     * Archives a document, or brings it back to the lists: everything in it stays (its claims, their
     * publications, its revisions); an archived document is only left out of lists and searches.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public DocumentSummary archive(long id, boolean archived) {
        var document = find(id);
        if (document.archive(archived, currentUser.usernameOrSystem())) {
            documents.flush();
        }
        return DocumentSummary.of(document);
    }

    @Transactional(readOnly = true)
    public DocumentSummary summary(long id) {
        return DocumentSummary.of(find(id));
    }

    @Transactional(readOnly = true)
    public DocumentDetails get(long id) {
        var document = find(id);
        return new DocumentDetails(DocumentSummary.of(document), text(document).string());
    }

    /** The current text of a document, indexed by code points. */
    @Transactional(readOnly = true)
    public RevisionText currentText(long id) {
        return text(find(id));
    }

    /**
     * The current text under a write lock on the document, held until the caller's transaction
     * ends: claims are created against a revision that cannot change under them.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public RevisionText lockCurrentText(long id) {
        var document = documents.findForUpdate(id).orElseThrow(() -> new NotFoundException("Document", id));
        return text(document);
    }

    /**
     * Replaces a document's text with a new revision and moves everything anchored in it along (claims,
     * then their attribution spans), in one transaction under the document's write lock.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public TextReplaced replaceText(long id, String rawText, @Nullable Long expectedRevision) {
        var document = documents.findForUpdate(id).orElseThrow(() -> new NotFoundException("Document", id));
        if (expectedRevision != null && expectedRevision != document.getCurrentRevision()) {
            throw new StaleVersionException("text of document", id, expectedRevision, document.getCurrentRevision());
        }
        var before = text(document);
        var text = CanonicalText.of(rawText);
        int revision = document.getCurrentRevision() + 1;
        var who = currentUser.usernameOrSystem();
        revisions.save(new DocumentRevision(document, revision, text, who));
        document.textChanged(revision, text);
        documents.flush();
        var after = texts.get(id, revision, () -> text);
        var reanchorer = new Reanchorer(before.string(), after.string());
        var revised = new DocumentRevised(id, revision, who);
        var reports = new ArrayList<Object>();
        anchored.stream().sorted(java.util.Comparator.comparingInt(AnchoredInText::order)).forEach(feature -> {
            var report = reanchor(feature, reanchorer, revised);
            if (report != null) {
                reports.add(report);
            }
        });
        events.publishEvent(revised);
        return new TextReplaced(id, revision, who, reports);
    }

    private static <K, R> @Nullable R reanchor(AnchoredInText<K, R> feature, Reanchorer reanchorer,
            DocumentRevised revised) {
        var outcomes = new LinkedHashMap<K, Reanchoring>();
        for (Map.Entry<K, TextAnchor> place : feature.places(revised).entrySet()) {
            outcomes.put(place.getKey(), reanchorer.reanchor(place.getValue()));
        }
        return feature.reanchored(revised, outcomes);
    }

    /**
     * The documents whose current text is this text once made canonical (an import of a document the desk
     * already has), oldest first. Only documents of the same length and word count are read.
     */
    @Transactional(readOnly = true)
    public List<Long> withSameText(String rawText) {
        var text = CanonicalText.of(rawText);
        var same = new ArrayList<Long>();
        for (long id : documents.findIdsWithCounts(text.codePointCount(0, text.length()), CanonicalText.wordCount(text))) {
            var document = documents.findById(id).orElse(null);
            if (document != null && text(document).string().equals(text)) {
                same.add(id);
            }
        }
        return same;
    }

    /** Deletes a document with all its revisions and claims; the audit trail keeps what happened. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void delete(long id) {
        var document = find(id);
        // Published before the rows go, so that listeners in this transaction still read what goes
        // with the document (each of its claims gets its "deleted" entry in the audit trail).
        events.publishEvent(new DocumentDeleted(id));
        documents.delete(document);
        texts.forget(id);
    }

    private RevisionText text(Document document) {
        long id = document.id();
        int revision = document.getCurrentRevision();
        return texts.get(id, revision, () -> revisions.findText(id, revision)
                .orElseThrow(() -> new IllegalStateException("Document " + id + " has no text revision " + revision)));
    }

    /** Every document's title (to order claims by). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> titles() {
        var titles = new java.util.HashMap<Long, String>();
        documents.titles().forEach(row -> titles.put((Long) row[0], (String) row[1]));
        return titles;
    }

    @Transactional(readOnly = true)
    public long count() {
        return documents.count();
    }

    /** Changes a document's metadata; {@code expectedVersion} guards against overwriting someone else's edit. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public DocumentSummary updateMetadata(long id, DocumentMetadata metadata, long expectedVersion) {
        var document = find(id);
        if (document.getVersion() != expectedVersion) {
            throw new StaleVersionException("document", id, expectedVersion, document.getVersion());
        }
        document.apply(metadata);
        documents.flush();
        return DocumentSummary.of(document);
    }

    private Document find(long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("Document", id));
    }
}
