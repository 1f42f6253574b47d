package org.factdesk.document;

import java.util.Locale;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, finding and reading documents. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class DocumentService {

    private final DocumentRepository documents;
    private final DocumentRevisionRepository revisions;
    private final CurrentUser currentUser;

    DocumentService(DocumentRepository documents, DocumentRevisionRepository revisions, CurrentUser currentUser) {
        this.documents = documents;
        this.revisions = revisions;
        this.currentUser = currentUser;
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
        return new DocumentDetails(DocumentSummary.of(document), text);
    }

    @Transactional(readOnly = true)
    public Page<DocumentSummary> list(String query, Pageable pageable) {
        var q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return documents.findAll(pageable).map(DocumentSummary::of);
        }
        var pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return documents.search(pattern, pageable).map(DocumentSummary::of);
    }

    @Transactional(readOnly = true)
    public DocumentSummary summary(long id) {
        return DocumentSummary.of(find(id));
    }

    @Transactional(readOnly = true)
    public DocumentDetails get(long id) {
        var document = find(id);
        var text = revisions.findText(id, document.getCurrentRevision())
                .orElseThrow(() -> new IllegalStateException("Document " + id + " has no text revision"));
        return new DocumentDetails(DocumentSummary.of(document), text);
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
