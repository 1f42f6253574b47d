package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.jspecify.annotations.Nullable;

/**
 * The server side of {@code <fd-reader>} (frontend/fd-reader.js): sends the text once and the
 * claims as compact arrays, then only the changes; receives selections as code-point offsets.
 */
@Tag("fd-reader")
@JavaScript("context://frontend/fd-reader.js")
public class Reader extends Component {

    /** A span in code points chosen in the reader. */
    public record Span(int start, int end) {
    }

    /** A claim clicked in the text, with every claim at that place. */
    public record Clicked(long id, List<Long> ids) {
    }

    /** An attribution span to draw: the source (who) or the cue (said, accused...). */
    public record MarkedSpan(long claimId, String kind, int start, int end) {
    }

    /** A suggested claim, drawn dashed. */
    public record SuggestedSpan(String key, int start, int end, double score) {
    }

    public Reader() {
        getElement().setAttribute("aria-label", "Document text");
    }

    public void load(String text, Collection<ClaimView> claims) {
        getElement().callJsFunction("load", text, claimsJson(claims));
    }

    public void upsert(Collection<ClaimView> claims) {
        getElement().callJsFunction("upsertClaims", claimsJson(claims));
    }

    public void remove(Collection<Long> ids) {
        getElement().callJsFunction("removeClaims",
                ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
    }

    public void select(Long id, boolean scroll) {
        getElement().callJsFunction("select", id == null ? null : id.doubleValue(), scroll);
    }

    public void hideStatuses(Collection<ClaimStatus> hidden) {
        getElement().callJsFunction("setFilter",
                hidden.stream().map(s -> "\"" + s.name() + "\"").collect(Collectors.joining(",", "[", "]")));
    }

    public void showSpans(Collection<MarkedSpan> spans) {
        getElement().callJsFunction("setSpans", spans.stream()
                .map(s -> "{\"claimId\":" + s.claimId() + ",\"kind\":\"" + s.kind() + "\",\"start\":" + s.start()
                        + ",\"end\":" + s.end() + "}")
                .collect(Collectors.joining(",", "[", "]")));
    }

    public void showSuggestions(Collection<SuggestedSpan> suggestions) {
        getElement().callJsFunction("setSuggestions", suggestions.stream()
                .map(s -> "{\"key\":\"" + s.key().replace("\"", "") + "\",\"start\":" + s.start() + ",\"end\":"
                        + s.end() + ",\"score\":" + s.score() + "}")
                .collect(Collectors.joining(",", "[", "]")));
    }

    /** Marks one suggestion as the current one and scrolls to it; null clears the mark. */
    public void focusSuggestion(@Nullable String key) {
        getElement().callJsFunction("focusSuggestion", key);
    }

    public void clearSelection() {
        getElement().callJsFunction("clearSelection");
    }

    public void setReadOnly(boolean readOnly) {
        getElement().setAttribute("readonly", readOnly);
    }

    /** For a reader that only picks words (in a dialog): it draws no highlights, leaving the page's own alone. */
    public void setPickerOnly(boolean pickerOnly) {
        getElement().setAttribute("no-highlights", pickerOnly);
        setReadOnly(pickerOnly);
    }

    public Registration onCreateClaim(Consumer<Span> listener) {
        return getElement().addEventListener("fd-create-claim", e -> listener.accept(new Span(
                e.getEventData().get("event.detail.start").asInt(), e.getEventData().get("event.detail.end").asInt())))
                .addEventData("event.detail.start").addEventData("event.detail.end");
    }

    public Registration onSelection(Consumer<Span> listener) {
        return getElement().addEventListener("fd-selection", e -> listener.accept(new Span(
                e.getEventData().get("event.detail.start").asInt(), e.getEventData().get("event.detail.end").asInt())))
                .addEventData("event.detail.start").addEventData("event.detail.end");
    }

    public Registration onClaimClicked(Consumer<Clicked> listener) {
        return getElement().addEventListener("fd-select-claim", e -> {
            var ids = new java.util.ArrayList<Long>();
            e.getEventData().get("event.detail.ids").forEach(n -> ids.add(n.asLong()));
            listener.accept(new Clicked(e.getEventData().get("event.detail.id").asLong(), ids));
        }).addEventData("event.detail.id").addEventData("event.detail.ids");
    }

    public Registration onVisibleClaim(IntConsumer listener) {
        return getElement().addEventListener("fd-visible-claim",
                e -> listener.accept(e.getEventData().get("event.detail.id").asInt()))
                .addEventData("event.detail.id");
    }

    public Registration onSuggestionClicked(Consumer<String> listener) {
        return getElement().addEventListener("fd-select-suggestion",
                e -> listener.accept(e.getEventData().get("event.detail.key").asString()))
                .addEventData("event.detail.key");
    }

    static String claimsJson(Collection<ClaimView> claims) {
        var sb = new StringBuilder(claims.size() * 24 + 2).append('[');
        boolean first = true;
        for (var c : claims) {
            // A claim that needs review has no trustworthy place in this text: it is listed, not drawn.
            if (c.anchorState() == AnchorState.NEEDS_REVIEW) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('[').append(c.id()).append(',').append(c.start()).append(',').append(c.end()).append(',')
                    .append(c.status().ordinal()).append(',').append(c.anchorState().needsAttention() ? 1 : 0)
                    .append(']');
        }
        return sb.append(']').toString();
    }
}
