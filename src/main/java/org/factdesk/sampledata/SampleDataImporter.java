package org.factdesk.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.ClaimantDraft;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantRole;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.TextSpan;
import org.factdesk.base.Patch;
import org.factdesk.claim.NewClaim;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.NewEvidence;
import org.factdesk.evidence.SourceDraft;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.Stance;
import org.jspecify.annotations.Nullable;
import org.factdesk.base.SystemFlags;
import org.factdesk.base.config.FactdeskProperties;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the sample article on the first start of an empty database, before the web server
 * starts. It runs once: deleting the sample later does not bring it back.
 */
@Component
class SampleDataImporter implements SmartInitializingSingleton {

    static final String FLAG = "sample-data.imported";
    private static final Logger log = LoggerFactory.getLogger(SampleDataImporter.class);

    private final DocumentService documents;
    private final ClaimantService claimants;
    private final AttributionService attributions;
    private final SourceService sources;
    private final EvidenceService evidence;
    private final SystemFlags flags;
    private final FactdeskProperties properties;
    private final JsonMapper json;
    private final SystemTask systemTask;
    private final TransactionTemplate transactions;

    SampleDataImporter(DocumentService documents, ClaimantService claimants, AttributionService attributions,
            SourceService sources, EvidenceService evidence, SystemFlags flags, FactdeskProperties properties,
            JsonMapper json, SystemTask systemTask, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.claimants = claimants;
        this.attributions = attributions;
        this.sources = sources;
        this.evidence = evidence;
        this.systemTask = systemTask;
        this.documents = documents;
        this.flags = flags;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.sampleData() || flags.isSet(FLAG)) {
            return;
        }
        // One transaction: the sample is imported whole or not at all.
        systemTask.run(() -> transactions.executeWithoutResult(status -> {
            // The flag first: of several processes starting at once on one database, one imports.
            if (!flags.setIfAbsent(FLAG, "importing")) {
                status.setRollbackOnly();
                return;
            }
            if (documents.count() > 0) {
                flags.set(FLAG, "skipped: the database had documents");
                return;
            }
            var data = json.readValue(read("sample-data.json"), SampleData.class);
            var claimantIds = new HashMap<String, Long>();
            for (var c : data.claimants()) {
                var roles = c.roles() == null ? List.<ClaimantRole>of()
                        : c.roles().stream().map(r -> new ClaimantRole(r.title(), r.from(), r.to())).toList();
                var created = claimants.create(new ClaimantDraft(c.name(), ClaimantKind.valueOf(c.kind()), c.aliases(),
                        roles, c.wikidataId(), c.notes()));
                claimantIds.put(c.key(), created.id());
            }
            var sourceIds = new HashMap<String, Long>();
            for (var s : data.sources()) {
                var created = sources.create(new SourceDraft(s.url(), null, s.title(), s.publisher(), null, null, null,
                        SourceKind.valueOf(s.kind()), null, s.reliability(), s.reliabilityNote(), s.notes()));
                sourceIds.put(s.key(), created.id());
            }
            for (var doc : data.documents()) {
                var metadata = new DocumentMetadata(doc.title(), doc.sourceUrl(), doc.publisher(), doc.author(),
                        doc.publishedAt(), doc.language());
                var created = documents.create(metadata, read(doc.file()));
                var text = created.text();
                for (var claim : doc.claims() == null ? List.<SampleData.SampleClaim>of() : doc.claims()) {
                    importClaim(created.id(), text, claim, claimantIds, sourceIds);
                }
                log.info("Imported the sample document '{}' (id {})", created.metadata().title(), created.id());
            }
            flags.set(FLAG, "yes");
        }));
    }

    private void importClaim(long documentId, String text, SampleData.SampleClaim claim, Map<String, Long> claimantIds,
            Map<String, Long> sourceIds) {
        int at = text.indexOf(claim.quote());
        if (at < 0) {
            throw new IllegalStateException("Sample claim not found in its document: " + claim.quote());
        }
        int start = text.codePointCount(0, at);
        int end = start + claim.quote().codePointCount(0, claim.quote().length());
        var a = claim.attribution();
        AttributionDraft draft = null;
        if (a != null) {
            draft = AttributionDraft.of(claimantIds.get(a.claimant()), a.statedRole(), a.cue(),
                    AttributionForm.valueOf(a.form())).withSpans(Patch.of(near(text, a.sourceWords(), at)),
                    Patch.of(near(text, a.cueWords(), at)));
        }
        var created = attributions.createAttributedClaim(documentId,
                new NewClaim(start, end, claim.quote(), claim.claimText(), claim.tags() == null ? List.of() : claim.tags()),
                draft);
        if (a != null && a.evidence() != null) {
            for (var e : a.evidence()) {
                evidence.add(created.id(), new NewEvidence(sourceIds.get(e.source()), Stance.valueOf(e.stance()),
                        e.excerpt(), e.locator(), null, null, null));
            }
        }
        if (a != null && a.check() != null) {
            attributions.set(created.id(), null, AttributionDraft.checked(AttributionCheck.valueOf(a.check()), a.checkNote()));
        }
    }

    /** The occurrence of some words nearest to a position, as a span in code points. */
    private static @Nullable TextSpan near(String text, @Nullable String words, int utf16Position) {
        if (words == null) {
            return null;
        }
        int best = -1;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            if (best < 0 || Math.abs(i - utf16Position) < Math.abs(best - utf16Position)) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("Sample words not found: " + words);
        }
        int start = text.codePointCount(0, best);
        return new TextSpan(start, start + words.codePointCount(0, words.length()), words);
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource("sample-data/" + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample data file " + path + " is missing from the build", e);
        }
    }
}
