package org.factdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.base.Patch;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.ClaimantDraft;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantRole;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.base.DuplicateException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.NewEvidence;
import org.factdesk.evidence.SourceDraft;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.Stance;
import org.factdesk.exchange.ClaimJson;
import org.factdesk.exchange.ClaimantJson;
import org.factdesk.exchange.DocumentExport;
import org.factdesk.exchange.ExportFormat;
import org.factdesk.exchange.SourceJson;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.factdesk.verification.ImportedReview;
import org.factdesk.verification.ReviewService;
import org.factdesk.verification.VerdictScaleService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings exported work in: a Factdesk JSON export becomes a document with all its claims,
 * attributions, reviews and evidence; W3C Web Annotations (Hypothesis's included) become claims on
 * an existing document, re-anchored by their quote where their positions disagree.
 */
@Service
public class ImportService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DocumentService documents;
    private final ClaimService claims;
    private final ClaimantService claimants;
    private final AttributionService attributions;
    private final SourceService sources;
    private final EvidenceService evidence;
    private final ReviewService reviews;
    private final VerdictScaleService scale;
    private final CurrentUser currentUser;

    ImportService(DocumentService documents, ClaimService claims, ClaimantService claimants,
            AttributionService attributions, SourceService sources, EvidenceService evidence, ReviewService reviews,
            VerdictScaleService scale, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.documents = documents;
        this.claims = claims;
        this.claimants = claimants;
        this.attributions = attributions;
        this.sources = sources;
        this.evidence = evidence;
        this.reviews = reviews;
        this.scale = scale;
    }

    /** Imports a Factdesk JSON export as a new document, refusing one whose text the desk already has. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public DocumentDetails importFactdeskJson(byte[] bytes) {
        return importFactdeskJson(bytes, Duplicates.REFUSE);
    }

    /**
     * Imports a Factdesk JSON export as a new document: all of it, or nothing. When the desk already has a
     * document with this text, the import is refused naming it ({@link DuplicateException}) unless
     * {@code duplicates} is COPY. The claims are read in the API's shape: a file assembled from the API's
     * answers ({@code GET /documents/{id}} and its claims) imports, the claimants and sources taken from
     * the claims' own briefs where the file does not list them.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public DocumentDetails importFactdeskJson(byte[] bytes, Duplicates duplicates) {
        if (duplicates == Duplicates.SKIP) {
            throw new InvalidInputException("duplicate", "A document import is refused when the desk has the document, "
                    + "or imported as a copy (duplicate=copy); 'skip' is for annotations");
        }
        return importExport(ExportFormat.read(bytes), duplicates);
    }

    private DocumentDetails importExport(DocumentExport export, Duplicates duplicates) {
        var doc = export.document();
        if (doc == null || doc.text() == null) {
            throw new InvalidInputException("document", "The export has no document with a text");
        }
        if (duplicates != Duplicates.COPY) {
            var same = documents.withSameText(doc.text());
            if (!same.isEmpty()) {
                var existing = documents.get(same.getFirst());
                throw new DuplicateException("document", same, "This desk already has this document: \u201C"
                        + existing.metadata().title() + "\u201D (document " + existing.id() + "). Open it, or import the "
                        + "export as a copy.");
            }
        }
        var created = documents.create(new DocumentMetadata(doc.title() == null ? "Imported document" : doc.title(),
                doc.sourceUrl(), doc.publisher(), doc.author(), date(doc.publishedAt()), doc.language()), doc.text());

        // Verdicts are a desk's editorial scale: only an admin's import may add to it; anyone else's
        // import must use verdicts this desk already has.
        var admin = currentUser.require().role().includes(Role.ADMIN);
        if (admin) {
            for (var v : export.verdictScale()) {
                var code = required(v.code(), "verdictScale.code");
                scale.ensure(code, v.label() == null ? code : v.label(), v.color() == null ? "#607d8b" : v.color(),
                        v.position() == 0 ? 99 : v.position(), v.rating());
            }
        } else {
            var unknown = new java.util.TreeSet<String>();
            for (var c : export.claims()) {
                if (c.verdict() != null && scale.find(c.verdict()).isEmpty()) {
                    unknown.add(c.verdict());
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("verdictScale", "The export uses verdicts this Factdesk's scale does not"
                        + " have: " + unknown + ". An admin can import it (which adds them), or add them under Verdict"
                        + " scale first.");
            }
        }
        var claimantIds = new HashMap<Long, Long>();
        for (var c : claimantsOf(export)) {
            var name = c.name() == null ? "" : c.name();
            // Every value is checked, also of a claimant this desk already has and will not create.
            var kind = choice(ClaimantKind.class, c.kind() == null ? "PERSON" : c.kind(), "claimants.kind");
            var existing = claimants.findNamed(name);
            if (existing.isPresent()) {
                claimantIds.put(c.id(), existing.get().id());
                continue;
            }
            var made = claimants.create(new ClaimantDraft(name, kind, c.aliases(), c.roles().stream()
                    .map(r -> new ClaimantRole(r.title(), r.from(), r.to())).toList(), c.wikidataId(), c.notes()));
            claimantIds.put(c.id(), made.id());
        }
        var sourceIds = new HashMap<Long, Long>();
        for (var s : sourcesOf(export)) {
            var url = s.url() == null || s.url().isBlank() ? null : s.url();
            var draft = new SourceDraft(url, null, s.title() == null ? "Untitled source" : s.title(), s.publisher(),
                    s.author(), s.publishedOn(), s.accessedOn(),
                    choice(SourceKind.class, s.kind() == null ? "NEWS_REPORT" : s.kind(), "sources.kind"),
                    s.archiveUrl(), s.reliability(), s.reliabilityNote(),
                    s.notes() != null ? s.notes() : url == null ? "Imported from a Factdesk export" : null);
            // Look first: a refusal inside this transaction would mark all of it for rollback.
            var existing = url == null ? java.util.Optional.<org.factdesk.evidence.SourceView>empty()
                    : sources.findByUrl(url);
            long id = existing.isPresent() ? existing.get().id() : sources.create(draft).id();
            sourceIds.put(s.id(), id);
        }
        for (var c : export.claims()) {
            importClaim(c, created, claimantIds, sourceIds);
        }
        return documents.get(created.id());
    }

    private void importClaim(ClaimJson c, DocumentDetails created, Map<Long, Long> claimantIds,
            Map<Long, Long> sourceIds) {
        var claim = claims.create(created.id(), new NewClaim(c.start(), c.end(), c.exact(), c.claimText(), c.tags()));
        for (var e : c.evidence()) {
            var sourceId = sourceIds.get(e.sourceId());
            if (sourceId == null) {
                throw new InvalidInputException("evidence", "Evidence names source " + e.sourceId()
                        + ", which the export does not contain");
            }
            evidence.add(claim.id(), new NewEvidence(sourceId, choice(Stance.class, e.stance() == null ? "" : e.stance(),
                    "evidence.stance"), e.excerpt(), e.locator(), null, null, e.note()));
        }
        var a = c.attribution();
        var provenance = new ArrayList<String>();
        if (a != null) {
            Long claimantId = a.claimantId() != null ? claimantIds.get(a.claimantId()) : null;
            var check = choice(AttributionCheck.class, a.check() == null ? "UNVERIFIED" : a.check(), "attribution.check");
            attributions.set(claim.id(), null, AttributionDraft.of(claimantId, a.statedRole(), a.cue(),
                    choice(AttributionForm.class, a.form() == null ? "INDIRECT" : a.form(), "attribution.form"))
                    .withCheck(Patch.of(check), Patch.of(a.checkNote()))
                    .withSpans(Patch.of(a.sourceSpan() == null ? null : a.sourceSpan().text()),
                            Patch.of(a.cueSpan() == null ? null : a.cueSpan().text())));
            if (a.checkedBy() != null && check != AttributionCheck.UNVERIFIED) {
                provenance.add("attribution checked by " + a.checkedBy() + when(a.checkedAt()));
            }
        }
        var status = choice(ClaimStatus.class, c.status() == null ? "UNCHECKED" : c.status(), "claims.status");
        var verdict = c.verdict();
        if (verdict != null) {
            provenance.add(0, "imported verdict " + verdict + (c.verdictBy() == null ? "" : " by " + c.verdictBy()
                    + when(c.verdictAt())));
        }
        if (c.approvedBy() != null) {
            provenance.add("approved by " + c.approvedBy() + when(c.approvedAt()));
        }
        if (c.assignee() != null) {
            provenance.add("assigned to " + c.assignee());
        }
        if (status != ClaimStatus.UNCHECKED) {
            provenance.add(status.label().toLowerCase(java.util.Locale.ROOT) + " there");
        }
        if (verdict != null || status != ClaimStatus.UNCHECKED || c.rationale() != null) {
            var from = (provenance.isEmpty() ? "imported" : String.join(", ", provenance)) + " (per the Factdesk export of \u201C"
                    + created.metadata().title() + "\u201D, imported by " + currentUser.require().getUsername() + ")";
            reviews.importReview(claim.id(), new ImportedReview(verdict, c.rationale(), c.noEvidenceNote(), status, from));
        }
    }

    /**
     * The claimants the export lists, then any its claims name only in brief (a file assembled from the
     * API's claims): each id once, the full entry first.
     */
    private static Collection<ClaimantJson> claimantsOf(DocumentExport export) {
        var all = new LinkedHashMap<Long, ClaimantJson>();
        export.claimants().forEach(c -> all.putIfAbsent(c.id(), c));
        for (var c : export.claims()) {
            var a = c.attribution();
            if (a != null && a.claimantId() != null && a.claimant() != null && !all.containsKey(a.claimantId())) {
                all.put(a.claimantId(), new ClaimantJson(a.claimantId(), a.claimant().name(), a.claimant().kind(),
                        null, null, null, null, null, null, null, null, null, 0));
            }
        }
        return all.values();
    }

    /** The sources the export lists, then any its evidence names only in brief: each id once, the full entry first. */
    private static Collection<SourceJson> sourcesOf(DocumentExport export) {
        var all = new LinkedHashMap<Long, SourceJson>();
        export.sources().forEach(s -> all.putIfAbsent(s.id(), s));
        for (var c : export.claims()) {
            for (var e : c.evidence()) {
                var s = e.source();
                if (s != null && !all.containsKey(e.sourceId())) {
                    all.put(e.sourceId(), new SourceJson(e.sourceId(), s.url(), null, null, s.title(), null, null, null,
                            null, s.kind(), null, null, null, null, 0, null, null, null, 0));
                }
            }
        }
        return all.values();
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "The export has a " + field + " without a value");
        }
        return value;
    }

    /** A value the file must take from a fixed list; anything else is refused naming the field and the list. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
            throw new InvalidInputException(field, "'" + shown + "' is not a " + field + " this Factdesk knows; use one of "
                    + java.util.EnumSet.allOf(type));
        }
    }

    private static String when(@Nullable Instant at) {
        return at == null ? "" : " on " + at.toString().substring(0, 10);
    }

    static JsonNode parse(byte[] bytes) {
        if (bytes.length > ExportFormat.MAX_BYTES) {
            throw new InvalidInputException("file", "The file is larger than 50 MB");
        }
        try {
            return JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInputException("file", "This is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static @Nullable String string(JsonNode node, String field) {
        var v = node.path(field);
        return v.isString() ? v.asString() : null;
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
