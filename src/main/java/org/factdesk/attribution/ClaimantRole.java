package org.factdesk.attribution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A role a claimant held, with dates where known: White House Press Secretary, 2021-01-20 to 2022-05-13. */
@Embeddable
public class ClaimantRole {

    static final int TITLE_MAX_LENGTH = 300;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @Column(name = "started_on")
    private @Nullable LocalDate startedOn;

    @Column(name = "ended_on")
    private @Nullable LocalDate endedOn;

    protected ClaimantRole() {
    }

    public ClaimantRole(String title, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn) {
        var t = title.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX_LENGTH) {
            throw new InvalidInputException("roles", "A role has a title of 1 to " + TITLE_MAX_LENGTH + " characters");
        }
        if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
            throw new InvalidInputException("roles", "The role '" + t + "' ends before it starts");
        }
        this.title = t;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    public String title() {
        return title;
    }

    public @Nullable LocalDate startedOn() {
        return startedOn;
    }

    public @Nullable LocalDate endedOn() {
        return endedOn;
    }

    /** Whether the role was held on a day (open ends count as held). */
    public boolean heldOn(LocalDate day) {
        return (startedOn == null || !day.isBefore(startedOn)) && (endedOn == null || !day.isAfter(endedOn));
    }

    @Override
    public String toString() {
        return title + (startedOn == null && endedOn == null ? ""
                : " (" + (startedOn == null ? "?" : startedOn) + " to " + (endedOn == null ? "" : endedOn) + ")");
    }
}
