package org.factdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.attribution.ClaimantDraft;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantRole;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A claimant as a request sends it: the fields given change (a new claimant needs a name). The
 * read-only fields of the claimant's own JSON, as a client echoes them back, are ignored; any other
 * field is refused by configuration.
 */
@JsonIgnoreProperties({"id", "mergedInto", "claimCount", "createdAt", "createdBy", "updatedAt", "version"})
record ClaimantRequest(@Nullable Given<String> name, @Nullable Given<String> kind, @Nullable Given<List<String>> aliases,
        @Nullable Given<List<Role>> roles, @Nullable Given<String> wikidataId, @Nullable Given<String> notes) {

    /** An office held: {@code {title, from?, to?}}. */
    record Role(@Nullable Given<String> title, @Nullable Given<LocalDate> from, @Nullable Given<LocalDate> to) {
    }

    ClaimantDraft draft() {
        List<ClaimantRole> newRoles = null;
        if (Given.sent(roles)) {
            var sent = Given.value(roles);
            newRoles = sent == null ? List.of() : sent.stream().map(ClaimantRequest::role).toList();
        }
        List<String> newAliases = null;
        if (Given.sent(aliases)) {
            var sent = Given.value(aliases);
            newAliases = sent == null ? List.of() : sent;
        }
        return new ClaimantDraft(Given.value(name), EnumNames.parse(ClaimantKind.class, Given.value(kind), "kind"),
                newAliases, newRoles, cleared(wikidataId), cleared(notes));
    }

    /** Not sent: unchanged (null); sent as null: cleared (empty). */
    private static @Nullable String cleared(@Nullable Given<String> field) {
        if (!Given.sent(field)) {
            return null;
        }
        var value = Given.value(field);
        return value == null ? "" : value;
    }

    private static ClaimantRole role(@Nullable Role role) {
        var title = role == null ? null : Given.value(role.title());
        if (title == null) {
            throw new InvalidInputException("roles", "Each role is {title, from?, to?}");
        }
        return new ClaimantRole(title, Given.value(role.from()), Given.value(role.to()));
    }
}
