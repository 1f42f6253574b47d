package org.factdesk.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factdesk.base.InvalidInputException;

/**
 * What a list of claims can be ordered by, named as the address and the API write it
 * ({@code sort=verdict,desc}): by default the most recently changed first.
 */
public enum ClaimSort {
    UPDATED, STATUS, VERDICT, ASSIGNEE, CLAIMANT, DOCUMENT, READING;

    /** An order and its direction. */
    public record Order(ClaimSort by, boolean descending) {

        public static final Order NEWEST_CHANGE = new Order(UPDATED, true);
        public static final Order READING_ORDER = new Order(READING, false);

        /** {@code "verdict"}, {@code "verdict,asc"} or {@code "verdict,desc"}; anything else is refused with what there is. */
        public static Order parse(String value) {
            var parts = value.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*", -1);
            var by = Arrays.stream(values()).filter(s -> s.key().equals(parts[0])).findFirst()
                    .orElseThrow(() -> new InvalidInputException("sort", "'" + value + "' is not an order of claims; use"
                            + " one of " + Arrays.stream(values()).map(ClaimSort::key).collect(Collectors.joining(", "))
                            + ", each optionally followed by ',asc' or ',desc'"));
            if (parts.length == 1) {
                return new Order(by, by == UPDATED);
            }
            if (parts.length == 2 && (parts[1].equals("asc") || parts[1].equals("desc"))) {
                return new Order(by, parts[1].equals("desc"));
            }
            throw new InvalidInputException("sort", "'" + value + "': the direction after the comma is 'asc' or 'desc'");
        }

        /** As the address writes it. */
        public String format() {
            return by.key() + (descending ? ",desc" : ",asc");
        }
    }

    /** The name the address and the API use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
