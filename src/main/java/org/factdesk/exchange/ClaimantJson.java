package org.factdesk.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.attribution.ClaimantView;
import org.jspecify.annotations.Nullable;

/**
 * A claimant on the wire: as the API answers it and as the JSON export lists the claimants its claims
 * are attributed to.
 *
 * @param claimCount how many claims are attributed to the claimant (the API's; left out of an export)
 */
public record ClaimantJson(long id, @Nullable String name, @Nullable String kind, List<String> aliases,
        List<Role> roles, @Nullable String wikidataId, @Nullable String notes, @Nullable Long mergedInto,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long claimCount, @Nullable Instant createdAt,
        @Nullable String createdBy, @Nullable Instant updatedAt, long version) {

    public ClaimantJson {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static ClaimantJson of(ClaimantView c, @Nullable Long claimCount) {
        return new ClaimantJson(c.id(), c.name(), c.kind().name(), c.aliases(),
                c.roles().stream().map(r -> new Role(r.title(), r.startedOn(), r.endedOn())).toList(), c.wikidataId(),
                c.notes(), c.mergedInto(), claimCount, c.createdAt(), c.createdBy(), c.updatedAt(), c.version());
    }

    /** An office the claimant held, from and to (either open). */
    public record Role(@Nullable String title, @Nullable LocalDate from, @Nullable LocalDate to) {
    }
}
