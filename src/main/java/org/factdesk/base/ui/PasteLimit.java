package org.factdesk.base.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * Refuses, in the browser, a paste that would make a text area longer than the server accepts, and
 * says so on the field. Without it a paste of more than 10 MB went to the server whole, the server
 * refused the request, and the dialog hung with an endless progress bar and a dead Cancel (issue 22).
 */
public final class PasteLimit {

    private PasteLimit() {
    }

    /** At most {@code maxCodePoints} characters (code points, as the server counts them) after a paste. */
    public static void apply(TextArea area, int maxCodePoints) {
        area.getElement().executeJs("""
                const field = this, max = $0;
                const length = text => text.length <= max ? text.length : [...text].length;
                field.addEventListener('paste', event => {
                  const pasted = (event.clipboardData || window.clipboardData).getData('text') || '';
                  const input = field.inputElement;
                  const kept = (field.value || '').length - (input ? input.selectionEnd - input.selectionStart : 0);
                  const total = kept + length(pasted);
                  if (total > max) {
                    event.preventDefault();
                    event.stopPropagation();
                    field.errorMessage = 'Not pasted: that would make ' + total.toLocaleString('en')
                        + ' characters, and a document holds at most ' + max.toLocaleString('en')
                        + '. Paste a shorter part, or upload the text as a file.';
                    field.invalid = true;
                  }
                }, true);
                field.addEventListener('input', () => {
                  if (field.invalid && (field.value || '').length <= max) { field.invalid = false; }
                });""", maxCodePoints);
    }
}
