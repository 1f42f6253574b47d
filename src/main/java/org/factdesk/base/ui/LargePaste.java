package org.factdesk.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A paste too long to edit in a text area is held in the browser instead of laid out in it. Chromium
 * took 4 to 5 s to lay 5 MB of text out in the area (the page frozen, nothing to show), and a field of
 * a million words cannot be edited by hand anyway. Past {@link #THRESHOLD} characters the area shows
 * the beginning, read-only, and says how much was pasted; the whole text goes to the server only when
 * the form asks for it ({@link #whole}), so the form can say it is sending while it does. Installed
 * after {@link PasteLimit}, whose refusal of an over-long paste comes first.
 */
public final class LargePaste {

    /** Pastes longer than this (UTF-16 units, a few thousand words) are held. */
    public static final int THRESHOLD = 200_000;
    private static final int PREVIEW = 3_000;

    private final TextArea area;
    private int held;

    private LargePaste(TextArea area) {
        this.area = area;
    }

    /** Holds long pastes into this area; {@code changed} hears the held length (0 when let go). */
    public static LargePaste apply(TextArea area, Consumer<Integer> changed) {
        var paste = new LargePaste(area);
        area.getElement().executeJs("""
                const field = this, threshold = $0, preview = $1;
                field.addEventListener('paste', event => {
                  if (event.defaultPrevented) { return; }
                  const pasted = (event.clipboardData || window.clipboardData).getData('text') || '';
                  if (pasted.length <= threshold) { return; }
                  event.preventDefault();
                  event.stopPropagation();
                  const input = field.inputElement;
                  const value = field.__fdHeld || field.value || '';
                  const start = input && !field.__fdHeld ? input.selectionStart : value.length;
                  const end = input && !field.__fdHeld ? input.selectionEnd : value.length;
                  const whole = value.slice(0, start) + pasted + value.slice(end);
                  field.__fdHeld = whole;
                  field.value = whole.slice(0, preview) + '\\n\u2026';
                  field.readonly = true;
                  field.helperText = whole.length.toLocaleString('en') + ' characters pasted: too long to edit here,'
                      + ' shown in part and kept as pasted. Create adds the whole text.';
                  field.dispatchEvent(new CustomEvent('fd-large-paste', { detail: { length: whole.length } }));
                }, true);""", THRESHOLD, PREVIEW);
        area.getElement().addEventListener("fd-large-paste", e -> {
            paste.held = e.getEventData().get("event.detail.length").asInt();
            changed.accept(paste.held);
        }).addEventData("event.detail.length");
        return paste;
    }

    /** How many characters are held (0: none; the area's own value is the text). */
    public int held() {
        return held;
    }

    /** Lets the held text go: the area is empty and editable again. */
    public void clear() {
        held = 0;
        area.clear();
        area.getElement().executeJs("this.__fdHeld = null; this.value = ''; this.readonly = false;"
                + " this.helperText = '';");
    }

    /** The whole text, held or typed: asks the browser for a held text and answers when it arrives. */
    public void whole(Consumer<@Nullable String> then) {
        if (held == 0) {
            then.accept(area.getValue());
            return;
        }
        area.getElement().executeJs("return this.__fdHeld || null").then(String.class, then::accept,
                error -> then.accept(null));
    }
}
