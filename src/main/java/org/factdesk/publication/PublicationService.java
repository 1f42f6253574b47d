package org.factdesk.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.attribution.AttributionView;
import org.factdesk.base.ConflictException;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.document.DocumentDeleted;
import org.factdesk.document.DocumentService;
import org.factdesk.security.CurrentUser;
import org.factdesk.verification.ClaimRecord;
import org.factdesk.verification.ClaimRecordService;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes a publication when a claim is published (version 1, or the next version after a
 * correction) and reads publications for the pages, the API and the exports. A publication is
 * assembled from the claim's record at the moment of approval, in the approving transaction, and
 * from then on nothing reads the live rows for it: a claimant's rename, a merge or a new text of the
 * article changes the working claim, never what was published.
 */
@Service
public class PublicationService {

    private final PublicationRepository publications;
    private final ClaimService claims;
    private final ClaimRecordService records;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final PublishingProperties publishing;

    PublicationService(PublicationRepository publications, ClaimService claims, ClaimRecordService records,
            DocumentService documents, CurrentUser currentUser, PublishingProperties publishing) {
        this.publications = publications;
        this.claims = claims;
        this.records = records;
        this.documents = documents;
        this.currentUser = currentUser;
        this.publishing = publishing;
    }

    /**
     * Just before the approving transaction commits (so every part of the claim is in its final
     * state), the claim moved to Published: its publication is written. A failure here rolls the
     * approval back with it: a claim is never published without its record.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void published(ClaimEvent.StatusMoved moved) {
        var to = moved.after();
        if (to.equals(ClaimStatus.PUBLISHED.name()) || to.startsWith(ClaimStatus.PUBLISHED.name() + ":")) {
            publish(moved.claimId());
        }
    }

    private void publish(long claimId) {
        var claim = claims.get(claimId);
        var record = records.record(claim);
        var document = documents.summary(claim.documentId());
        var head = publications.lockHead();
        var earlier = publications.findByClaimIdOrderByVersionAsc(claimId);
        PublishedCheck.Correction correction = null;
        var review = record.review();
        if (!earlier.isEmpty()) {
            var before = earlier.getLast();
            var reopened = review.corrections().isEmpty() ? null : review.corrections().getLast();
            correction = new PublishedCheck.Correction(reopened == null ? "" : reopened.note(),
                    reopened == null ? "" : reopened.correctedBy(),
                    reopened == null ? Instant.EPOCH : reopened.correctedAt().truncatedTo(ChronoUnit.MICROS),
                    before.id(), before.version(), before.sha256());
        }
        var verdict = review.verdict();
        if (verdict == null || review.approvedBy() == null) {
            throw new IllegalStateException("Claim " + claimId + " reached Published without a verdict or approval");
        }
        var metadata = document.metadata();
        var anchor = claim.anchor();
        var check = new PublishedCheck(head.sequence() + 1, head.sha256(), claimId, earlier.size() + 1,
                Instant.now().truncatedTo(ChronoUnit.MICROS), claim.claimText(),
                new PublishedCheck.Quote(anchor.exact(), anchor.prefix(), anchor.suffix(), anchor.start(), anchor.end()),
                new PublishedCheck.Article(document.id(), metadata.title(), metadata.sourceUrl(), metadata.publisher(),
                        metadata.author(), metadata.publishedAt(), metadata.language(), claim.anchoredRevision()),
                attribution(record.attribution(), metadata.publishedAt()), evidence(record),
                new PublishedCheck.Verdict(verdict.code(), verdict.label(), verdict.rating()), review.rationale(),
                review.noEvidenceNote(), new PublishedCheck.People(review.verdictBy(),
                        review.verdictAuthors().stream().sorted().toList(), review.approvedBy()), correction);
        var saved = publications.save(new Publication(check));
        head.advance(check.sequence(), saved.sha256());
    }

    private static PublishedCheck.@org.jspecify.annotations.Nullable Attribution attribution(
            @org.jspecify.annotations.Nullable AttributionView a, @org.jspecify.annotations.Nullable LocalDate articleDate) {
        if (a == null) {
            return null;
        }
        var claimant = a.claimant();
        var on = articleDate != null ? articleDate : LocalDate.now(ZoneOffset.UTC);
        var held = claimant == null ? List.<String>of() : claimant.roles().stream()
                .filter(r -> (r.startedOn() == null || !r.startedOn().isAfter(on))
                        && (r.endedOn() == null || !r.endedOn().isBefore(on)))
                .map(r -> r.title()).toList();
        return new PublishedCheck.Attribution(claimant == null ? null : claimant.id(),
                claimant == null ? null : claimant.name(), claimant == null ? null : claimant.kind().name(),
                claimant == null ? null : claimant.wikidataId(), a.statedRole(), held, a.cue(), a.form().name(),
                a.check().name(), a.check().label(), a.checkNote());
    }

    private static List<PublishedCheck.Evidence> evidence(ClaimRecord record) {
        return record.evidence().stream().map(e -> new PublishedCheck.Evidence(e.id(), e.source().id(),
                e.source().title(), e.source().url(),
                e.source().fields().publisher(), e.stance().name(), e.stance().label(), e.excerpt(), e.locator(),
                e.source().fields().archiveUrl())).toList();
    }

    /**
     * A document whose claims were published stays: a publication is never removed, and the
     * article it was checked in is part of its record. The delete is refused before anything goes.
     */
    @EventListener
    @Order(0)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void documentDeleted(DocumentDeleted deleted) {
        var published = publications.claimIdsInDocument(deleted.documentId());
        if (!published.isEmpty()) {
            throw new ConflictException("document", "Document " + deleted.documentId() + " holds published fact checks"
                    + " (claims " + published.stream().limit(20).map(String::valueOf).toList() + "); what a desk published"
                    + " stays, with the article it was checked in. Nothing was deleted; archive the document to leave it out of"
                    + " the lists (PUT /api/v1/documents/" + deleted.documentId() + "/archived, or Archive in the reader).");
        }
    }

    /** The desk's publications, newest first. */
    @Transactional(readOnly = true)
    public List<PublicationView> list(int page, int size) {
        requireReader();
        var rows = publications.findAllByOrderBySequenceDesc(PageRequest.of(page, size));
        return views(rows);
    }

    /** The newest version of each fact check, newest first (the feed's items). */
    @Transactional(readOnly = true)
    public List<PublicationView> current(int page, int size) {
        requireReader();
        return views(publications.findCurrent(PageRequest.of(page, size)));
    }

    @Transactional(readOnly = true)
    public long countCurrent() {
        requireReader();
        return publications.countCurrent();
    }

    @Transactional(readOnly = true)
    public long count() {
        requireReader();
        return publications.count();
    }

    @Transactional(readOnly = true)
    public PublicationView get(long id) {
        requireReader();
        var publication = publications.findById(id).orElseThrow(() -> new NotFoundException("Publication", id));
        return views(List.of(publication)).getFirst();
    }

    /** Every version of a claim's fact check, oldest first (none if it was never published). */
    @Transactional(readOnly = true)
    public List<PublicationView> forClaim(long claimId) {
        requireReader();
        return views(publications.findByClaimIdOrderByVersionAsc(claimId));
    }

    /** Every version of each claim's fact check, oldest first, for the claims that were published. */
    @Transactional(readOnly = true)
    public Map<Long, List<PublicationView>> versionsOf(Collection<Long> claimIds) {
        requireReader();
        var result = new HashMap<Long, List<PublicationView>>();
        if (claimIds.isEmpty()) {
            return result;
        }
        for (int from = 0; from < claimIds.size(); from += 1000) {
            var chunk = claimIds.stream().skip(from).limit(1000).toList();
            for (var view : views(publications.findByClaimIdInOrderByVersionAsc(chunk))) {
                result.computeIfAbsent(view.claimId(), k -> new ArrayList<>()).add(view);
            }
        }
        return result;
    }

    /** Checks the whole chain (an admin's task: it reads every publication). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public PublicationChain.Verification verify() {
        var rows = new ArrayList<PublicationChain.Row>();
        int page = 0;
        List<Publication> batch;
        do {
            batch = publications.findAllByOrderBySequenceAsc(PageRequest.of(page++, 500));
            batch.forEach(p -> rows.add(p.row()));
        } while (batch.size() == 500);
        var head = publications.head();
        return PublicationChain.verify(rows, new PublicationChain.Head(head.sequence(), head.sha256()));
    }

    /** The settings the pages and ClaimReview use. */
    public PublishingProperties publishing() {
        return publishing;
    }

    /** Published pages are open to all with the public-pages setting; otherwise to signed-in people. */
    private void requireReader() {
        if (!publishing.publicPages() && currentUser.get().isEmpty()) {
            throw new AccessDeniedException("Sign in to read the desk's publications");
        }
    }

    /** Views of publications, each with the version that corrects it where there is one. */
    private List<PublicationView> views(List<Publication> rows) {
        var claimIds = rows.stream().map(Publication::claimId).distinct().toList();
        var versions = new HashMap<Long, List<Publication>>();
        if (!claimIds.isEmpty()) {
            publications.findByClaimIdInOrderByVersionAsc(claimIds)
                    .forEach(p -> versions.computeIfAbsent(p.claimId(), k -> new ArrayList<>()).add(p));
        }
        var result = new ArrayList<PublicationView>(rows.size());
        for (var p : rows) {
            var row = p.row();
            var check = CanonicalJson.read(row.body());
            PublicationView.CorrectedBy correctedBy = null;
            var all = versions.getOrDefault(p.claimId(), List.of());
            if (p.version() < all.size()) {
                var next = all.get(p.version());
                var nextCheck = CanonicalJson.read(next.row().body());
                correctedBy = new PublicationView.CorrectedBy(next.id(), next.version(), nextCheck.publishedAt(),
                        nextCheck.correction() == null ? "" : nextCheck.correction().note());
            }
            result.add(new PublicationView(p.id(), row.sha256(), row.previousSha256(), check, correctedBy));
        }
        return result;
    }
}
