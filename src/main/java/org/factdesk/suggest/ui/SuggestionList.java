package org.factdesk.suggest.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.factdesk.suggest.SuggestionView;
import org.jspecify.annotations.Nullable;

/**
 * The suggestions for a document, as cards in reading order: the words, how worth checking they are,
 * who they are attributed to (and the claimant that matches, or the one that accepting creates), and
 * the quantities in them. With the focus in the list, A accepts the current suggestion, X dismisses
 * it, and the arrow keys (or J and K) move between them.
 */
public class SuggestionList extends Div {

    final Span summary = new Span();
    final Div cards = new Div();
    final Button hide = new Button("Hide");
    private final boolean canEdit;
    private final Consumer<SuggestionView> onFocus;
    private final Consumer<SuggestionView> onAccept;
    private final Consumer<SuggestionView> onDismiss;
    private final List<SuggestionView> items = new ArrayList<>();
    private final List<Div> cardList = new ArrayList<>();
    private int current = -1;

    public SuggestionList(boolean canEdit, Consumer<SuggestionView> onFocus, Consumer<SuggestionView> onAccept,
            Consumer<SuggestionView> onDismiss, Runnable onHide) {
        this.canEdit = canEdit;
        this.onFocus = onFocus;
        this.onAccept = onAccept;
        this.onDismiss = onDismiss;
        addClassName("fd-suggestion-list");
        getElement().setAttribute("aria-label", "Suggestions");
        hide.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        hide.addClickListener(e -> onHide.run());
        var keys = new Span(canEdit ? "A accept · X dismiss · ↑↓ move" : "↑↓ move");
        keys.addClassName("fd-muted");
        var head = new HorizontalLayout(summary, keys, hide);
        head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        head.setWrap(true);
        cards.addClassName("fd-suggestions");
        add(head, cards);
        if (canEdit) {
            Shortcuts.addShortcutListener(this, () -> current().ifPresent(onAccept), Key.KEY_A).listenOn(this);
            Shortcuts.addShortcutListener(this, () -> current().ifPresent(onDismiss), Key.KEY_X).listenOn(this);
        }
        Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_DOWN).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.KEY_J).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_UP).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.KEY_K).listenOn(this);
    }

    public void show(List<SuggestionView> suggestions) {
        items.clear();
        items.addAll(suggestions);
        cardList.clear();
        cards.removeAll();
        current = -1;
        for (int i = 0; i < items.size(); i++) {
            var card = card(items.get(i), i);
            cardList.add(card);
            cards.add(card);
        }
        updateSummary();
    }

    public List<SuggestionView> items() {
        return List.copyOf(items);
    }

    public java.util.Optional<SuggestionView> current() {
        return current >= 0 && current < items.size() ? java.util.Optional.of(items.get(current)) : java.util.Optional.empty();
    }

    /** Makes the suggestion with this key the current one, as when it is clicked in the text. */
    public void focus(String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                select(i, true);
                return;
            }
        }
    }

    /** Takes a suggestion off the list (accepted or dismissed); the next one becomes current. */
    public void remove(SuggestionView suggestion) {
        int i = items.indexOf(suggestion);
        if (i < 0) {
            return;
        }
        items.remove(i);
        cards.remove(cardList.remove(i));
        updateSummary();
        current = -1;
        if (!items.isEmpty()) {
            select(Math.min(i, items.size() - 1), true);
        }
    }

    void step(int direction) {
        if (items.isEmpty()) {
            return;
        }
        select(current < 0 ? 0 : Math.floorMod(current + direction, items.size()), true);
    }

    private void select(int index, boolean notify) {
        if (current >= 0 && current < cardList.size()) {
            cardList.get(current).getElement().setAttribute("aria-current", "false");
        }
        current = index;
        var card = cardList.get(index);
        card.getElement().setAttribute("aria-current", "true");
        card.getElement().callJsFunction("focus");
        card.scrollIntoView();
        if (notify) {
            onFocus.accept(items.get(index));
        }
    }

    private void updateSummary() {
        summary.setText(items.isEmpty() ? "No suggestions left" : items.size() + (items.size() == 1 ? " suggestion" : " suggestions"));
    }

    /**
     * Why a sentence is suggested. The score is the model's probability that the sentence is worth
     * checking, so only at 0.5 or above does the card say so; below that it was suggested for who
     * said it or for the quantity it asserts, and says that instead.
     */
    static String reason(SuggestionView s) {
        if (s.score() >= 0.5) {
            return "Worth checking";
        }
        if (s.attribution() != null) {
            return "Attributed statement";
        }
        if (!s.quantities().isEmpty()) {
            return "Asserts a quantity";
        }
        return "Possibly worth checking";
    }

    private Div card(SuggestionView s, int index) {
        var card = new Div();
        card.addClassName("fd-suggestion-card");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("aria-current", "false");
        var score = new Span(reason(s) + String.format(Locale.ROOT, " \u00B7 check-worthiness %.2f", s.score()));
        score.addClassName("fd-score");
        var text = new Span(snippet(s.text()));
        text.addClassName("fd-snippet");
        card.add(score, text);
        if (!s.reasons().isEmpty()) {
            var why = new Div("Scored up by: " + String.join(" \u00B7 ", s.reasons()));
            why.addClassName("fd-muted");
            why.addClassName("fd-reasons");
            card.add(why);
        }
        var a = s.attribution();
        if (a != null) {
            var who = new Span(attributionLine(a));
            who.addClassName("fd-muted");
            card.add(new Div(who));
        }
        if (!s.quantities().isEmpty()) {
            var chips = new Div();
            for (var q : s.quantities()) {
                var chip = new Span(q.text());
                chip.addClassName("fd-chip");
                chip.getElement().setAttribute("title", q.kind().toLowerCase(Locale.ROOT));
                chips.add(chip);
            }
            card.add(chips);
        }
        if (canEdit) {
            var accept = new Button("Accept", e -> onAccept.accept(s));
            accept.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            var dismiss = new Button("Dismiss", e -> onDismiss.accept(s));
            dismiss.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            card.add(new HorizontalLayout(accept, dismiss));
        }
        card.addClickListener(e -> {
            int i = items.indexOf(s);
            if (i >= 0 && i != current) {
                select(i, true);
            }
        });
        return card;
    }

    static String attributionLine(SuggestionView.AttributionSuggestion a) {
        var who = a.source() == null ? "unnamed source" : a.source().text();
        var line = new StringBuilder(who).append(" — \u201C").append(a.cue().text()).append("\u201D · ")
                .append(a.form() == org.factdesk.attribution.AttributionForm.DIRECT_QUOTE ? "direct quote" : "indirect");
        if (a.claimantName() != null) {
            line.append(" · claimant: ").append(a.claimantName());
        } else if (a.speaker() != null) {
            line.append(" · new claimant \u201C").append(a.speaker()).append("\u201D");
        }
        return line.toString();
    }

    private static String snippet(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 280 ? t.substring(0, 277) + "…" : t;
    }
}
