package org.factdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.base.Patch;
import org.factdesk.IntegrationTest;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.attribution.AttributionService;
import org.factdesk.audit.AuditTrail;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.claim.ClaimEdit;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.evidence.NewEvidence;
import org.factdesk.evidence.SourceDraft;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.Stance;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A stateful property test of the claim aggregate: random sequences of edits, stale edits, no-op
 * edits, verdicts, assignments, attribution and evidence changes, workflow steps, reopening and
 * approval, by random users of every role, through the same services the UI, API and import use.
 * After every step: an applied change moved the version exactly once and wrote exactly one audit
 * entry per changed field; a refused change (or one that changed nothing) left everything stored as
 * it was; a published claim holds exactly what was approved; and its approver never changed the
 * verdict or rationale. Seeds are fixed so a failure replays; the failing seed and steps are printed.
 */
@IntegrationTest
class ClaimRecordPropertyTest {

    private static final int SEQUENCES = 14;
    private static final int STEPS = 45;
    private static final List<String> USERS = List.of("viewer", "reviewer", "reviewer2", "editor", "editor2");
    private static final List<String> VERDICTS = List.of("TRUE", "FALSE", "MIXED", "UNPROVEN");
    private static final Set<String> TRACKED = Set.of("claimText", "tags", "status", "verdict", "rationale",
            "noEvidenceNote", "assignee", "attribution.cue", "attribution.check", "evidence", "approval");

    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    ClaimRecordService records;
    @Autowired
    AttributionService attributions;
    @Autowired
    EvidenceService evidence;
    @Autowired
    SourceService sources;
    @Autowired
    DocumentService documents;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService userDetails;

    /** Everything stored about a claim that a step may change, keyed by its audit field name. */
    private record Snapshot(long version, int auditEntries, Map<String, Object> fields, Set<String> verdictAuthors,
            @Nullable String approvedBy) {
    }

    private <T> T as(String user, Supplier<T> work) {
        var details = userDetails.loadUserByUsername(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Snapshot snapshot(long claimId) {
        return as("viewer", () -> {
            var claim = claims.get(claimId);
            var review = reviews.get(claimId);
            var attribution = attributions.get(claimId);
            var fields = new LinkedHashMap<String, Object>();
            fields.put("claimText", claim.claimText());
            fields.put("tags", claim.tags());
            fields.put("status", claim.status());
            fields.put("verdict", review.verdict() == null ? "" : review.verdict().code());
            fields.put("rationale", Objects.requireNonNullElse(review.rationale(), ""));
            fields.put("noEvidenceNote", Objects.requireNonNullElse(review.noEvidenceNote(), ""));
            fields.put("assignee", Objects.requireNonNullElse(review.assignee(), ""));
            fields.put("attribution.cue", attribution.map(a -> Objects.requireNonNullElse(a.cue(), "")).orElse(""));
            // The check's audit field covers its result and its note together.
            fields.put("attribution.check", attribution.map(a -> a.check().name() + ": " + a.checkNote())
                    .orElse("UNVERIFIED: null"));
            fields.put("evidence", evidence.forClaim(claimId).stream().map(EvidenceView::id).sorted().toList());
            fields.put("approval", Objects.requireNonNullElse(review.approvedBy(), ""));
            return new Snapshot(claim.version(), audit.history(claimId).size(), fields, review.verdictAuthors(),
                    review.approvedBy());
        });
    }

    /** The content an approval vouches for: everything but the workflow's own fields. */
    private static Map<String, Object> content(Snapshot s) {
        var content = new HashMap<>(s.fields());
        content.remove("status");
        content.remove("approval");
        return content;
    }

    @Test
    void random_sequences_of_changes_keep_the_claim_record_consistent() {
        long sourceId = as("reviewer", () -> sources.create(SourceDraft.web("https://property.example/" + System.nanoTime(),
                "Property source", SourceKind.NEWS_REPORT)).id());
        int applied = 0;
        int refused = 0;
        int published = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            long seed = 15_000L + sequence;
            var random = new Random(seed);
            long documentId = as("reviewer", () -> documents.create(DocumentMetadata.titled("Property " + seed),
                    "Officials said 40,000 people attended the rally, and police put the figure at 12,000.").id());
            long claimId = as("reviewer", () -> claims.create(documentId,
                    new NewClaim(0, 47, null, null, List.of())).id());
            var log = new ArrayList<String>();
            // Who changed the verdict or rationale, as observed from outside.
            var authors = new HashSet<String>();
            Map<String, Object> approvedContent = null;
            for (int step = 0; step < STEPS; step++) {
                var before = snapshot(claimId);
                var user = USERS.get(random.nextInt(USERS.size()));
                boolean stale = random.nextInt(8) == 0 && before.version() > 0;
                Long expected = stale ? Long.valueOf(before.version() - 1) : random.nextBoolean() ? Long.valueOf(before.version()) : null;
                var action = action(random, claimId, sourceId, expected, before);
                log.add("step " + step + ": " + user + " " + action.name() + " (If-Match " + expected + ")");
                boolean ok;
                try {
                    as(user, () -> {
                        action.run().run();
                        return null;
                    });
                    ok = true;
                } catch (InvalidInputException | StaleVersionException | ConflictException | AccessDeniedException
                        | ClaimStatus.IllegalTransitionException | NotFoundException e) {
                    ok = false;
                    log.add("  refused: " + e.getMessage());
                } catch (RuntimeException e) {
                    throw new AssertionError("seed " + seed + ": an unexpected failure (a 5xx in the API)\n"
                            + String.join("\n", log), e);
                }
                var after = snapshot(claimId);
                var changed = new HashSet<String>();
                before.fields().forEach((field, value) -> {
                    if (!Objects.equals(value, after.fields().get(field))) {
                        changed.add(field);
                    }
                });
                var context = "seed " + seed + "\n" + String.join("\n", log) + "\nbefore " + before + "\nafter  " + after;
                if (!ok) {
                    refused++;
                    assertThat(after).as("a refused change stores nothing\n" + context).isEqualTo(before);
                    if (stale) {
                        continue;
                    }
                } else if (after.version() == before.version()) {
                    assertThat(after).as("a change that changed nothing moves nothing\n" + context).isEqualTo(before);
                } else {
                    applied++;
                    assertThat(after.version()).as("the version moves exactly once\n" + context)
                            .isEqualTo(before.version() + 1);
                    assertThat(!stale).as("a stale If-Match never applies\n" + context).isTrue();
                    var entries = as("viewer", () -> audit.history(claimId)).subList(before.auditEntries(),
                            after.auditEntries());
                    var fields = entries.stream().map(e -> Objects.requireNonNullElse(e.field(), "")).toList();
                    assertThat(fields).as("one audit entry per changed field\n" + context).doesNotHaveDuplicates();
                    assertThat(fields.stream().filter(TRACKED::contains).toList())
                            .as("the audit entries name exactly the fields that changed\n" + context)
                            .containsExactlyInAnyOrderElementsOf(changed);
                }
                if (changed.contains("verdict") || changed.contains("rationale")) {
                    authors.add(user);
                }
                var status = (ClaimStatus) after.fields().get("status");
                if (status == ClaimStatus.PUBLISHED && before.fields().get("status") != ClaimStatus.PUBLISHED) {
                    published++;
                    approvedContent = content(after);
                    assertThat(authors).as("the approver never changed the verdict or rationale\n" + context)
                            .doesNotContain(after.approvedBy());
                    assertThat(after.verdictAuthors()).containsExactlyInAnyOrderElementsOf(authors);
                }
                if (status == ClaimStatus.PUBLISHED) {
                    assertThat(content(after)).as("a published claim holds what was approved\n" + context)
                            .isEqualTo(approvedContent);
                }
            }
        }
        // The sequences must really exercise the aggregate, not refuse everything.
        assertThat(applied).isGreaterThan(SEQUENCES * STEPS / 5);
        assertThat(refused).isGreaterThan(SEQUENCES * STEPS / 10);
        assertThat(published).as("some sequences reach publication").isGreaterThan(0);
    }

    private record Action(String name, Supplier<Runnable> make) {
        Runnable run() {
            return make.get();
        }
    }

    private Action action(Random random, long id, long sourceId, @Nullable Long expected, Snapshot before) {
        var status = (ClaimStatus) before.fields().get("status");
        @SuppressWarnings("unchecked")
        var evidenceIds = (List<Long>) before.fields().get("evidence");
        // Weighted towards steps that move a claim along, so that sequences reach review and publication.
        int pick = random.nextInt(16);
        return switch (pick) {
            case 0 -> {
                var text = random.nextInt(6) == 0 ? (random.nextBoolean() ? " " : "x".repeat(20_001))
                        : "Claim text " + random.nextInt(4);
                yield new Action("text " + text.length() + " chars", () -> () -> claims.update(id, expected,
                        ClaimEdit.text(text)));
            }
            case 1 -> {
                var tags = List.of("tag" + random.nextInt(3));
                yield new Action("tags " + tags, () -> () -> claims.update(id, expected, ClaimEdit.tags(tags)));
            }
            case 2, 3 -> {
                var verdict = random.nextInt(8) == 0 ? "NO_SUCH" : VERDICTS.get(random.nextInt(VERDICTS.size()));
                var rationale = "Rationale " + random.nextInt(3);
                yield new Action("verdict " + verdict + " / " + rationale, () -> () -> reviews.setVerdict(id, expected,
                        verdict, rationale, verdict.equals("UNPROVEN") ? "Nothing on record" : null));
            }
            case 4 -> new Action("no-op edit", () -> () -> records.edit(id, expected, new ClaimRecordEdit(
                    ClaimEdit.text((String) before.fields().get("claimText")), null, null,
                    new ReviewEdit(Patch.absent(), Patch.absent(),
                            Patch.of(emptyToNull((String) before.fields().get("noEvidenceNote"))), Patch.absent()))));
            case 5 -> {
                var assignee = List.of("reviewer", "editor2", "nobody-here", "").get(random.nextInt(4));
                yield new Action("assign " + assignee, () -> () -> reviews.assign(id, expected, assignee));
            }
            case 6 -> {
                var cue = "said " + random.nextInt(3);
                yield new Action("cue " + cue, () -> () -> attributions.set(id, expected, AttributionDraft.none().with(Patch.absent(),
                        Patch.absent(), Patch.of(cue), Patch.absent())));
            }
            case 7 -> {
                var check = random.nextBoolean() ? AttributionCheck.CONFIRMED : AttributionCheck.UNVERIFIED;
                var note = random.nextBoolean() ? "Checked the transcript" : null;
                yield new Action("attribution check " + check + " note " + note, () -> () -> attributions.set(id, expected,
                        AttributionDraft.checked(check, note)));
            }
            case 8 -> new Action("add evidence", () -> () -> evidence.add(id, expected,
                    new NewEvidence(sourceId, Stance.SUPPORTS, "40,000 people", null, null, null, null)));
            case 9 -> evidenceIds.isEmpty() ? new Action("nothing to remove: add evidence", () -> () -> evidence.add(id,
                    expected, new NewEvidence(sourceId, Stance.REFUTES, null, null, null, null, null)))
                    : new Action("remove evidence", () -> () -> evidence.remove(evidenceIds.getFirst(), expected));
            case 10 -> {
                var fields = new ClaimRecordEdit(ClaimEdit.text("Combined " + random.nextInt(3)), null,
                        AttributionDraft.none().with(Patch.absent(), Patch.absent(), Patch.of("stated"), Patch.absent()),
                        new ReviewEdit(Patch.of(random.nextInt(4) == 0 ? "BOGUS" : "MIXED"), Patch.of("Combined rationale"),
                                Patch.absent(), Patch.absent()));
                yield new Action("combined edit", () -> () -> records.edit(id, expected, fields));
            }
            default -> {
                var next = switch (status) {
                    case UNCHECKED -> random.nextInt(10) == 0 ? ClaimStatus.DISMISSED : ClaimStatus.IN_RESEARCH;
                    case IN_RESEARCH -> ClaimStatus.IN_REVIEW;
                    case IN_REVIEW -> random.nextInt(3) == 0 ? ClaimStatus.IN_RESEARCH : ClaimStatus.PUBLISHED;
                    case PUBLISHED -> ClaimStatus.IN_RESEARCH;
                    case DISMISSED -> ClaimStatus.IN_RESEARCH;
                };
                var note = random.nextInt(4) == 0 ? null : "Because " + random.nextInt(3);
                yield new Action("step to " + next + " note " + note, () -> () -> reviews.transition(id, expected, next, note));
            }
        };
    }

    private static @Nullable String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
