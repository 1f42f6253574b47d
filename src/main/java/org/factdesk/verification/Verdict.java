package org.factdesk.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One step of the verdict scale: True, Mostly true ... Unproven by default. Each has a colour, an
 * order, and where it fits a rating for ClaimReview (5 = True ... 1 = False).
 */
@Entity
@Table(name = "verdict_scale")
class Verdict {

    @Id
    @Column(length = 40)
    private String code = "";

    @Column(nullable = false, length = 100)
    private String label = "";

    @Column(nullable = false, length = 20)
    private String color = "";

    @Column(nullable = false)
    private int position;

    private @Nullable Integer rating;

    protected Verdict() {
    }

    Verdict(String code, String label, String color, int position, @Nullable Integer rating) {
        this.code = validCode(code);
        update(label, color, position, rating);
    }

    /** A verdict's code as given, or a 4xx saying what one looks like. */
    static String validCode(String code) {
        if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new InvalidInputException("code", "A verdict code is upper case letters, digits and _, like MOSTLY_TRUE");
        }
        return code;
    }

    void update(String label, String color, int position, @Nullable Integer rating) {
        var l = label.strip();
        if (l.isEmpty() || l.length() > 100) {
            throw new InvalidInputException("label", "A verdict has a label of 1 to 100 characters");
        }
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            throw new InvalidInputException("color", "A colour is written like #2e7d32");
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidInputException("rating", "The ClaimReview rating is 1 (false) to 5 (true), or none");
        }
        this.label = l;
        this.color = color.toLowerCase(java.util.Locale.ROOT);
        this.position = position;
        this.rating = rating;
    }

    VerdictView view() {
        return new VerdictView(code, label, color, position, rating);
    }

    String code() {
        return code;
    }
}
