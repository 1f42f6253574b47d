package org.factdesk.verification;

import org.jspecify.annotations.Nullable;

/** A verdict of the scale as views, the API and reports see it. */
public record VerdictView(String code, String label, String color, int position, @Nullable Integer rating) {

    /** The verdict for which no evidence can exist, and a note must say why. */
    public static final String UNPROVEN = "UNPROVEN";
}
