package org.factdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;

import java.util.Set;




import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.ClaimantDraft;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantRole;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.TextSpan;
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
import org.factdesk.report.export.JsonExporter;
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
     * {@code duplicates} is COPY.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public DocumentDetails importFactdeskJson(byte[] bytes, Duplicates duplicates) {
        if (duplicates == Duplicates.SKIP) {
            throw new InvalidInputException("duplicate", "A document import is refused when the desk has the document, "
                    + "or imported as a copy (duplicate=copy); 'skip' is for annotations");
        }
        var root = parse(bytes);
        try {
            return importFactdeskJson(root, duplicates);
        } catch (JacksonException e) {
            // A value of the wrong type deep in the file (a word where a number belongs): the file's fault, said so.
            throw new InvalidInputException("document", "The export has a value of the wrong type: "
                    + e.getOriginalMessage());
        }
    }

    private DocumentDetails importFactdeskJson(JsonNode root, Duplicates duplicates) {
        if (!JsonExporter.KIND.equals(root.path("kind").asString(""))) {
            throw new InvalidInputException("kind", "This is not a Factdesk document export (its \"kind\" is not \""
                    + JsonExporter.KIND + "\")");
        }
        int version = root.path("version").asInt(0);
        if (version < 1 || version > JsonExporter.VERSION) {
            throw new InvalidInputException("version", "This export has version " + version + "; this Factdesk reads "
                    + "versions 1 to " + JsonExporter.VERSION);
        }
        var doc = root.path("document");
        if (!doc.isObject() || !doc.path("text").isString()) {
            throw new InvalidInputException("document", "The export has no document with a text");
        }
        if (duplicates != Duplicates.COPY) {
            var same = documents.withSameText(doc.path("text").asString());
            if (!same.isEmpty()) {
                var existing = documents.get(same.getFirst());
                throw new DuplicateException("document", same, "This desk already has this document: \u201C"
                        + existing.metadata().title() + "\u201D (document " + existing.id() + "). Open it, or import the "
                        + "export as a copy.");
            }
        }
        var created = documents.create(new DocumentMetadata(doc.path("title").asString("Imported document"),
                string(doc, "sourceUrl"), string(doc, "publisher"), string(doc, "author"), date(string(doc, "publishedAt")),
                string(doc, "language")), doc.path("text").asString());

        // Verdicts are a desk's editorial scale: only an admin's import may add to it; anyone else's
        // import must use verdicts this desk already has.
        var admin = currentUser.require().role().includes(Role.ADMIN);
        if (admin) {
            for (var v : root.path("verdictScale")) {
                scale.ensure(v.path("code").asString(), v.path("label").asString(v.path("code").asString()),
                        v.path("color").asString("#607d8b"), v.path("position").asInt(99),
                        v.has("rating") && !v.get("rating").isNull() ? v.get("rating").asInt() : null);
            }
        } else {
            var unknown = new java.util.TreeSet<String>();
            for (var c : root.path("claims")) {
                var verdict = string(c.path("review"), "verdict");
                if (verdict != null && scale.find(verdict).isEmpty()) {
                    unknown.add(verdict);
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("verdictScale", "The export uses verdicts this Factdesk's scale does not"
                        + " have: " + unknown + ". An admin can import it (which adds them), or add them under Verdict"
                        + " scale first.");
            }
        }
        var claimantIds = new HashMap<Long, Long>();
        for (var c : root.path("claimants")) {
            var name = c.path("name").asString("");
            // Every value is checked, also of a claimant this desk already has and will not create.
            var kind = choice(ClaimantKind.class, c.path("kind").asString("PERSON"), "claimants.kind");
            var existing = claimants.findNamed(name);
            if (existing.isPresent()) {
                claimantIds.put(c.path("id").asLong(), existing.get().id());
                continue;
            }
            var aliases = new ArrayList<String>();
            c.path("aliases").forEach(a -> aliases.add(a.asString()));
            var roles = new ArrayList<ClaimantRole>();
            c.path("roles").forEach(r -> roles.add(new ClaimantRole(r.path("title").asString(),
                    date(string(r, "from")), date(string(r, "to")))));
            var made = claimants.create(new ClaimantDraft(name, kind,
                    aliases, roles, string(c, "wikidataId"), string(c, "notes")));
            claimantIds.put(c.path("id").asLong(), made.id());
        }
        var sourceIds = new HashMap<Long, Long>();
        for (var s : root.path("sources")) {
            var draft = new SourceDraft(string(s, "url"), null, s.path("title").asString("Untitled source"),
                    string(s, "publisher"), string(s, "author"), date(string(s, "publishedOn")),
                    date(string(s, "accessedOn")), choice(SourceKind.class, s.path("kind").asString("NEWS_REPORT"), "sources.kind"),
                    string(s, "archiveUrl"), s.has("reliability") ? s.get("reliability").asInt() : null,
                    string(s, "reliabilityNote"), s.path("notes").isString() ? s.path("notes").asString()
                            : string(s, "url") == null ? "Imported from a Factdesk export" : null);
            // Look first: a refusal inside this transaction would mark all of it for rollback.
            var existing = draft.url() == null ? java.util.Optional.<org.factdesk.evidence.SourceView>empty()
                    : sources.findByUrl(draft.url());
            long id = existing.isPresent() ? existing.get().id() : sources.create(draft).id();
            sourceIds.put(s.path("id").asLong(), id);
        }
        for (var c : root.path("claims")) {
            var tags = new ArrayList<String>();
            c.path("tags").forEach(t -> tags.add(t.asString()));
            var claim = claims.create(created.id(), new NewClaim(c.path("start").asInt(), c.path("end").asInt(),
                    string(c, "exact"), string(c, "claimText"), tags));
            for (var e : c.path("evidence")) {
                var sourceId = sourceIds.get(e.path("sourceId").asLong());
                if (sourceId == null) {
                    throw new InvalidInputException("evidence", "Evidence names source " + e.path("sourceId").asLong()
                            + ", which the export does not contain");
                }
                evidence.add(claim.id(), new NewEvidence(sourceId, choice(Stance.class, e.path("stance").asString(""), "evidence.stance"),
                        string(e, "excerpt"), string(e, "locator"), null, null, string(e, "note")));
            }
            var a = c.path("attribution");
            var provenance = new ArrayList<String>();
            if (a.isObject()) {
                Long claimantId = a.has("claimantId") ? claimantIds.get(a.get("claimantId").asLong()) : null;
                var check = choice(AttributionCheck.class, a.path("check").asString("UNVERIFIED"), "attribution.check");
                attributions.set(claim.id(), null, new AttributionDraft(claimantId, string(a, "statedRole"),
                        string(a, "cue"), choice(AttributionForm.class, a.path("form").asString("INDIRECT"), "attribution.form"), check,
                        string(a, "checkNote"), span(a.path("sourceSpan")), span(a.path("cueSpan")),
                        Set.of("claimantId", "statedRole", "cue", "form", "check", "checkNote", "sourceSpan", "cueSpan")));
                if (string(a, "checkedBy") != null && check != AttributionCheck.UNVERIFIED) {
                    provenance.add("attribution checked by " + string(a, "checkedBy") + when(string(a, "checkedAt")));
                }
            }
            var r = c.path("review");
            var status = choice(ClaimStatus.class, c.path("status").asString("UNCHECKED"), "claims.status");
            var verdict = r.isObject() ? string(r, "verdict") : null;
            if (verdict != null) {
                provenance.add(0, "imported verdict " + verdict
                        + (string(r, "verdictBy") == null ? "" : " by " + string(r, "verdictBy") + when(string(r, "verdictAt"))));
            }
            if (r.isObject() && string(r, "approvedBy") != null) {
                provenance.add("approved by " + string(r, "approvedBy") + when(string(r, "approvedAt")));
            }
            if (r.isObject() && string(r, "assignee") != null) {
                provenance.add("assigned to " + string(r, "assignee"));
            }
            if (status != ClaimStatus.UNCHECKED) {
                provenance.add(status.label().toLowerCase(java.util.Locale.ROOT) + " there");
            }
            if (verdict != null || status != ClaimStatus.UNCHECKED || (r.isObject() && string(r, "rationale") != null)) {
                var from = (provenance.isEmpty() ? "imported" : String.join(", ", provenance)) + " (per the Factdesk export of \u201C"
                        + created.metadata().title() + "\u201D, imported by " + currentUser.require().getUsername() + ")";
                reviews.importReview(claim.id(), new ImportedReview(verdict, r.isObject() ? string(r, "rationale") : null,
                        r.isObject() ? string(r, "noEvidenceNote") : null, status, from));
            }
        }
        return documents.get(created.id());
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

    private static String when(@Nullable String instant) {
        var at = instant(instant);
        return at == null ? "" : " on " + at.toString().substring(0, 10);
    }

    static JsonNode parse(byte[] bytes) {
        if (bytes.length > 50 * 1024 * 1024) {
            throw new InvalidInputException("file", "The file is larger than 50 MB");
        }
        try {
            return JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInputException("file", "This is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static @Nullable TextSpan span(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        return new TextSpan(node.path("start").asInt(), node.path("end").asInt(), string(node, "exact"));
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

    private static @Nullable Instant instant(@Nullable String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
