package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
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

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

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
        getElement().callJsFunction("removeClaims", json(ids));
    }

    public void select(Long id, boolean scroll) {
        getElement().callJsFunction("select", id == null ? null : id.doubleValue(), scroll);
    }

    public void hideStatuses(Collection<ClaimStatus> hidden) {
        getElement().callJsFunction("setFilter", json(hidden.stream().map(ClaimStatus::name).toList()));
    }

    public void showSpans(Collection<MarkedSpan> spans) {
        getElement().callJsFunction("setSpans", json(spans));
    }

    /** Replaces these claims' marks with the given ones, leaving every other claim's as drawn. */
    public void replaceSpans(Collection<Long> claimIds, Collection<MarkedSpan> spans) {
        getElement().callJsFunction("replaceSpans", json(claimIds), json(spans));
    }

    public void showSuggestions(Collection<SuggestedSpan> suggestions) {
        getElement().callJsFunction("setSuggestions", json(suggestions));
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

    /**
     * The claims as the reader draws them, {@code [id, start, end, status name, 1 when its place needs
     * a look, else 0]}; a claim that needs review has no trustworthy place in this text: it is listed,
     * not drawn.
     */
    static String claimsJson(Collection<ClaimView> claims) {
        var rows = new java.util.ArrayList<Object[]>(claims.size());
        for (var c : claims) {
            if (c.anchorState() != AnchorState.NEEDS_REVIEW) {
                rows.add(new Object[] {c.id(), c.start(), c.end(), c.status().name(),
                        c.anchorState().needsAttention() ? 1 : 0});
            }
        }
        return json(rows);
    }

    /** What the reader's functions take, written by Jackson. */
    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
