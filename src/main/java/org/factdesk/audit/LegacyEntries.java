package org.factdesk.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimEvent.Header;
import org.factdesk.claim.ClaimEvent.Span;
import org.jspecify.annotations.Nullable;

/**
 * Audit rows written before the trail kept each event's type and parts (action, field and the
 * values as text only) read back as the events that wrote them. Used once, by the migration that
 * gives old rows their type, and for a row restored from an old backup whose parts are missing.
 * Every text form here is one the events wrote; a row in none of them stays untyped.
 */
public final class LegacyEntries {

    private static final Pattern PLAIN_SPAN = Pattern.compile("(\\d+)\\.\\.(\\d+) \"(.*)\"", Pattern.DOTALL);
    private static final Pattern QUOTED_SPAN = Pattern.compile("(\\d+)\\.\\.(\\d+) \u201C(.*)\u201D", Pattern.DOTALL);
    private static final Pattern SNAPSHOT = Pattern.compile("(.*); status ([A-Z_]+)", Pattern.DOTALL);
    private static final Pattern REANCHORED = Pattern.compile("(.*) \\(([A-Z_]+)\\)", Pattern.DOTALL);
    private static final Pattern LOST = Pattern.compile("needs review in revision (\\d+)");
    private static final Pattern CLAIMANT = Pattern.compile("(.*) \\((\\d+)\\)", Pattern.DOTALL);
    private static final Pattern EVIDENCE_EXCERPT = Pattern.compile("([A-Z_]+) from \u201C(.*?)\u201D: \u201C(.*)\u201D",
            Pattern.DOTALL);
    private static final Pattern EVIDENCE = Pattern.compile("([A-Z_]+) from \u201C(.*)\u201D", Pattern.DOTALL);
    private static final Pattern CODE_NOTE = Pattern.compile("([A-Z][A-Z0-9_]*)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern WHO_NOTE = Pattern.compile("([^:]+?)(?:: (.*))?", Pattern.DOTALL);

    /** The type of an old row in no form an event wrote. */
    public static final String UNTYPED = "Untyped";

    private LegacyEntries() {
    }

    /** The event an old row records, if it is in a form the events wrote. */
    public static Optional<ClaimEvent> parse(Header h, String action, @Nullable String field, @Nullable String before,
            @Nullable String after) {
        try {
            return Optional.ofNullable(event(h, action, field, before, after));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static @Nullable ClaimEvent event(Header h, String action, @Nullable String field, @Nullable String before,
            @Nullable String after) {
        return switch (action) {
            case "created" -> snapshot(after) instanceof ClaimEvent.Snapshot s ? new ClaimEvent.Created(h, s) : null;
            case "deleted" -> snapshot(before) instanceof ClaimEvent.Snapshot s
                    ? new ClaimEvent.Deleted(h, s, "document".equals(field)) : null;
            case "updated" -> new ClaimEvent.Edited(h, ClaimEvent.ClaimField.valueOf(field), before, after);
            case "reselected" -> new ClaimEvent.Reselected(h, span(PLAIN_SPAN, before), span(PLAIN_SPAN, after));
            case "anchor confirmed" -> new ClaimEvent.PlacementConfirmed(h, java.util.Objects.requireNonNull(before));
            case "reanchored" -> reanchored(h, before, after);
            case "attribution" -> attribution(h, field, before, after);
            case "claimants merged" -> new ClaimEvent.ClaimantsMerged(h, claimant(before), claimant(after));
            case "evidence added" -> new ClaimEvent.EvidenceLinked(h, evidence(after));
            case "evidence removed" -> new ClaimEvent.EvidenceUnlinked(h, evidence(before));
            case "verdict" -> new ClaimEvent.VerdictSet(h, ClaimEvent.VerdictField.valueOf(field), before, after);
            case "assigned" -> new ClaimEvent.Assigned(h, before, after);
            case "status" -> {
                var to = matched(CODE_NOTE, after);
                yield new ClaimEvent.StatusMoved(h, java.util.Objects.requireNonNull(before), to.group(1), to.group(2));
            }
            case "approved" -> {
                var who = matched(WHO_NOTE, after);
                yield new ClaimEvent.Approved(h, who.group(1), who.group(2));
            }
            case "rejected" -> {
                var who = matched(WHO_NOTE, after);
                yield who.group(2) == null ? null : new ClaimEvent.Rejected(h, who.group(1), who.group(2));
            }
            case "reopened" -> {
                if ("approval".equals(field)) {
                    yield new ClaimEvent.Reopened(h, before);
                }
                var who = matched(WHO_NOTE, after);
                yield "correction".equals(field) && who.group(2) != null
                        ? new ClaimEvent.CorrectionNoted(h, who.group(1), who.group(2)) : null;
            }
            case "imported" -> after == null ? null : new ClaimEvent.ReviewImported(h, after);
            case "commented" -> after == null ? null : new ClaimEvent.Commented(h, after);
            default -> null;
        };
    }

    private static @Nullable ClaimEvent attribution(Header h, @Nullable String field, @Nullable String before,
            @Nullable String after) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "attribution.claimant" -> new ClaimEvent.ClaimantSet(h, before == null ? null : claimant(before),
                    after == null ? null : claimant(after));
            case "attribution.statedRole", "attribution.cue", "attribution.form" -> new ClaimEvent.AttributionEdited(h,
                    ClaimEvent.AttributionField.valueOf(field.substring("attribution.".length())), before, after);
            case "attribution.sourceSpan", "attribution.cueSpan" -> {
                boolean toCheck = before != null && before.endsWith(" (to check)");
                var from = toCheck ? before.substring(0, before.length() - " (to check)".length()) : before;
                yield new ClaimEvent.SpanMarked(h, field.equals("attribution.cueSpan"),
                        from == null || (toCheck && from.equals("words not found")) ? null : span(QUOTED_SPAN, from),
                        toCheck, after == null ? null : span(QUOTED_SPAN, after));
            }
            case "attribution.check" -> {
                var from = matched(CODE_NOTE, before);
                var to = matched(CODE_NOTE, after);
                yield new ClaimEvent.AttributionChecked(h, from.group(1), from.group(2), to.group(1), to.group(2));
            }
            default -> null;
        };
    }

    private static ClaimEvent.Reanchored reanchored(Header h, @Nullable String before, @Nullable String after) {
        var from = span(PLAIN_SPAN, before);
        var lost = matched(LOST, after, false);
        if (lost != null) {
            return new ClaimEvent.Reanchored(h, from, null, "NEEDS_REVIEW", Integer.parseInt(lost.group(1)));
        }
        var placed = matched(REANCHORED, after);
        // The revision of a claim that followed its words was not written down.
        return new ClaimEvent.Reanchored(h, from, span(PLAIN_SPAN, placed.group(1)), placed.group(2), null);
    }

    private static ClaimEvent.@Nullable Snapshot snapshot(@Nullable String text) {
        var m = matched(SNAPSHOT, text, false);
        return m == null ? null : new ClaimEvent.Snapshot(span(PLAIN_SPAN, m.group(1)), m.group(2));
    }

    private static Span span(Pattern form, @Nullable String text) {
        var m = matched(form, text);
        return new Span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    private static ClaimEvent.Claimant claimant(@Nullable String text) {
        var m = matched(CLAIMANT, text);
        return new ClaimEvent.Claimant(Long.parseLong(m.group(2)), m.group(1));
    }

    private static ClaimEvent.Evidence evidence(@Nullable String text) {
        var excerpt = matched(EVIDENCE_EXCERPT, text, false);
        if (excerpt != null) {
            return new ClaimEvent.Evidence(excerpt.group(1), excerpt.group(2), excerpt.group(3));
        }
        var m = matched(EVIDENCE, text);
        return new ClaimEvent.Evidence(m.group(1), m.group(2), null);
    }

    private static Matcher matched(Pattern pattern, @Nullable String text) {
        var m = matched(pattern, text, true);
        return java.util.Objects.requireNonNull(m);
    }

    private static @Nullable Matcher matched(Pattern pattern, @Nullable String text, boolean required) {
        if (text == null) {
            if (required) {
                throw new IllegalArgumentException("no value");
            }
            return null;
        }
        var m = pattern.matcher(text);
        if (m.matches()) {
            return m;
        }
        if (required) {
            throw new IllegalArgumentException("not in the form " + pattern);
        }
        return null;
    }
}
