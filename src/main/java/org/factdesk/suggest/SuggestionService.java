package org.factdesk.suggest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.base.Patch;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.ClaimantDraft;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.TextSpan;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentService;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions for a text or a document: computing them has no side effects; dismissing one is
 * remembered for the document; accepting one creates a claim with its attribution filled in, the
 * claimant matched through names and aliases or, when asked, created.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class SuggestionService {

    /** The longest text suggestions are computed for, in characters (about 200,000 words). */
    public static final int MAX_TEXT = 1_500_000;
    /** Texts longer than this (about 15,000 words) take their turn: one at a time across the server. */
    public static final int LARGE_TEXT = 100_000;

    private final java.util.concurrent.Semaphore largeTexts = new java.util.concurrent.Semaphore(1, true);

    private final DocumentService documents;
    private final ClaimantService claimants;
    private final AttributionService attributions;
    private final DismissalRepository dismissals;
    private final CurrentUser currentUser;
    private volatile @Nullable Suggester suggester;

    SuggestionService(DocumentService documents, ClaimantService claimants, AttributionService attributions,
            DismissalRepository dismissals, CurrentUser currentUser) {
        this.documents = documents;
        this.claimants = claimants;
        this.attributions = attributions;
        this.dismissals = dismissals;
        this.currentUser = currentUser;
    }

    /**
     * Loads the language models in the background once the app serves, so that the first "Suggest"
     * does not wait for them and start-up does not share its two cores with them.
     */
    @EventListener(ApplicationReadyEvent.class)
    @PreAuthorize("permitAll()") // runs at start-up, signed in as nobody; it reads no data
    void warmUp() {
        CompletableFuture.runAsync(() -> {
            TextAnalysis.warmUp();
            suggester();
        });
    }

    private Suggester suggester() {
        var s = suggester;
        if (s == null) {
            s = new Suggester(CheckWorthiness.bundled());
            suggester = s;
        }
        return s;
    }

    /** Suggestions for any text; nothing is stored. */
    @Transactional(readOnly = true)
    public List<SuggestionView> suggest(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Give the text to make suggestions for");
        }
        if (text.length() > MAX_TEXT) {
            throw new org.factdesk.base.TooLargeException("text", "The text has " + text.length()
                    + " characters; suggestions are made for at most " + MAX_TEXT + " at a time");
        }
        if (text.length() <= LARGE_TEXT) {
            return views(text);
        }
        // A long text takes seconds of one core: one at a time, so they never take both cores from
        // everyone else; another waits briefly, then is told to come back.
        try {
            if (!largeTexts.tryAcquire(2, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new org.factdesk.base.BusyException("Suggestions are being made for another long text; try again "
                        + "in a few seconds", 5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.factdesk.base.BusyException("Interrupted while waiting to make suggestions", 5);
        }
        try {
            return views(text);
        } finally {
            largeTexts.release();
        }
    }

    private List<SuggestionView> views(String text) {
        var result = new ArrayList<SuggestionView>();
        var cp = new CodePoints(text);
        var named = new HashMap<String, java.util.Optional<org.factdesk.attribution.ClaimantView>>();
        for (var s : suggester().suggest(text)) {
            result.add(view(text, cp, named, s));
        }
        return result;
    }

    /** Suggestions for a document's current text, without those dismissed on it and those already claimed. */
    @Transactional(readOnly = true)
    public List<SuggestionView> forDocument(long documentId, List<ClaimView> claims) {
        var text = documents.get(documentId).text();
        var dismissed = new HashSet<>(dismissals.hashesForDocument(documentId));
        var result = new ArrayList<SuggestionView>();
        for (var s : suggest(text)) {
            if (dismissed.contains(hash(s.text()))) {
                continue;
            }
            boolean claimed = claims.stream().anyMatch(c -> c.start() < s.end() && s.start() < c.end()
                    && overlap(c.start(), c.end(), s.start(), s.end()) * 2 > s.end() - s.start());
            if (!claimed) {
                result.add(s);
            }
        }
        return result;
    }

    private static int overlap(int a, int b, int c, int d) {
        return Math.max(0, Math.min(b, d) - Math.max(a, c));
    }

    /** Remembers that a suggestion covering these words is not wanted on this document. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void dismiss(long documentId, String quote) {
        documents.summary(documentId);
        if (quote == null || quote.isBlank()) {
            throw new InvalidInputException("quote", "Give the words of the suggestion to dismiss");
        }
        var h = hash(quote);
        if (dismissals.findByDocumentIdAndQuoteHash(documentId, h).isEmpty()) {
            dismissals.saveAndFlush(new Dismissal(documentId, h, quote, currentUser.usernameOrSystem()));
        }
    }

    /**
     * Creates a claim from a suggestion of the document's current text, with its attribution: the
     * claimant that the speaker's name or alias matches, or a new claimant when {@code createClaimant}
     * is set and none matches.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView accept(long documentId, int start, int end, boolean createClaimant) {
        return accept(documentId, start, end, null, createClaimant);
    }

    /**
     * Who a person, shown the suggestion's proposal, said the claim is attributed to: an existing claimant, a new
     * one with the name and kind they confirmed or corrected, or none; and the role the article gives.
     */
    public record ClaimantChoice(@Nullable Long existingId, @Nullable String newName, @Nullable ClaimantKind newKind,
            @Nullable String role) {
    }

    /** The kind of claimant a speaker's name suggests: a ministry or a governor's office is government, and so on. */
    public static ClaimantKind proposedKind(String speaker) {
        return kindOf(speaker);
    }

    /**
     * Creates a claim from a suggestion, as {@link #accept(long, int, int, boolean)}, with the claimant the person
     * chose ({@code choice}; null: the matching claimant, or a new one when {@code createClaimant}).
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView accept(long documentId, int start, int end, @Nullable ClaimantChoice choice, boolean createClaimant) {
        var text = documents.get(documentId).text();
        var suggestion = suggest(text).stream().filter(s -> s.start() == start && s.end() == end).findFirst()
                .orElseThrow(() -> new NotFoundException("Suggestion", start + "-" + end
                        + " (not in the document's current text; ask for the suggestions again)"));
        var a = suggestion.attribution();
        AttributionDraft draft = null;
        if (a != null) {
            Long claimantId = a.claimantId();
            String role = a.role();
            if (choice != null) {
                claimantId = choice.existingId();
                if (claimantId == null && choice.newName() != null && !choice.newName().isBlank()) {
                    claimantId = claimants.create(ClaimantDraft.named(choice.newName().strip(),
                            choice.newKind() == null ? kindOf(choice.newName()) : choice.newKind())).id();
                }
                role = choice.role() == null || choice.role().isBlank() ? null : choice.role().strip();
            } else if (claimantId == null && createClaimant && a.speaker() != null) {
                claimantId = claimants.create(ClaimantDraft.named(a.speaker(), kindOf(a.speaker()))).id();
            }
            draft = AttributionDraft.of(claimantId, role, a.cue().text(), a.form()).withSpans(
                    Patch.ifGiven(a.source() == null ? null
                            : new TextSpan(a.source().start(), a.source().end(), a.source().text())),
                    Patch.of(new TextSpan(a.cue().start(), a.cue().end(), a.cue().text())));
        }
        return attributions.createAttributedClaim(documentId,
                new NewClaim(start, end, suggestion.text(), null, List.of()), draft);
    }

    /** One suggestion's view; the offsets table and the claimants looked up are shared by the request's suggestions. */
    private SuggestionView view(String text, CodePoints cp,
            Map<String, java.util.Optional<org.factdesk.attribution.ClaimantView>> named, Suggester.Suggestion s) {
        SuggestionView.AttributionSuggestion attribution = null;
        var a = s.attribution();
        if (a != null) {
            Long claimantId = null;
            String claimantName = null;
            if (s.speaker() != null) {
                var match = match(s.speaker(), a.source() == null ? null : a.source().of(text), named);
                if (match != null) {
                    claimantId = match.id();
                    claimantName = match.name();
                }
            }
            attribution = new SuggestionView.AttributionSuggestion(
                    a.source() == null ? null : part(text, cp, a.source()), part(text, cp, a.cue()), part(text, cp, a.content()),
                    a.quoted() ? AttributionForm.DIRECT_QUOTE : AttributionForm.INDIRECT, s.speaker(), s.role(), claimantId,
                    claimantName, Math.round(a.confidence() * 100) / 100.0);
        }
        var signals = s.quantities().stream().map(q -> new SuggestionView.Signal(cp.of(q.span().start()),
                cp.of(q.span().end()), q.span().of(text), q.kind().name())).toList();
        int start = cp.of(s.span().start());
        int end = cp.of(s.span().end());
        return new SuggestionView(start + "-" + end, start, end, s.span().of(text), Math.round(s.score() * 1000) / 1000.0,
                attribution, signals, s.reasons());
    }

    private static SuggestionView.Part part(String text, CodePoints cp, Span span) {
        return new SuggestionView.Part(cp.of(span.start()), cp.of(span.end()), span.of(text));
    }

    /** The claimant a speaker's name (or the whole source phrase, or the surname) matches. */
    private org.factdesk.attribution.@Nullable ClaimantView match(String speaker, @Nullable String phrase,
            Map<String, java.util.Optional<org.factdesk.attribution.ClaimantView>> named) {
        var candidates = new ArrayList<String>();
        candidates.add(speaker);
        if (phrase != null) {
            candidates.add(phrase.replaceAll("(?i)^(the|a|an)\\s+", ""));
        }
        var words = speaker.split("\\s+");
        if (words.length > 1) {
            candidates.add(words[words.length - 1]);
        }
        for (var c : candidates) {
            var found = named.computeIfAbsent(c, claimants::findNamed);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    private static ClaimantKind kindOf(String speaker) {
        var s = speaker.toLowerCase(Locale.ROOT);
        if (s.matches(".*\\b(ministry|government|kremlin|white house|department|state|office|embassy|council|agency)\\b.*")
                || s.matches("^(governor|mayor|president|prime minister|minister|secretary|senator|attorney general) of .*")) {
            return ClaimantKind.GOVERNMENT;
        }
        if (s.matches(".*\\b(times|post|news|tv|press|agency|journal|magazine|reuters|tass|bbc|cnn)\\b.*")) {
            return ClaimantKind.MEDIA;
        }
        if (s.matches(".*\\b(party|committee|union|campaign|company|inc|corp|group|association|foundation|institute)\\b.*")) {
            return ClaimantKind.ORGANIZATION;
        }
        return ClaimantKind.PERSON;
    }

    static String hash(String quote) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(quote.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** String index to code-point offset, in one pass for many lookups in order or not. */
    private static final class CodePoints {
        private final int[] prefix;

        CodePoints(String text) {
            prefix = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                prefix[i] = cp;
                if (!Character.isLowSurrogate(text.charAt(i))) {
                    cp++;
                }
            }
            prefix[text.length()] = cp;
            // A low surrogate belongs to the code point before it.
            for (int i = 1; i < text.length(); i++) {
                if (Character.isLowSurrogate(text.charAt(i))) {
                    prefix[i] = prefix[i - 1];
                }
            }
        }

        int of(int index) {
            return prefix[index];
        }
    }
}
