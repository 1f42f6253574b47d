package org.factdesk.security;

import java.util.Arrays;
import java.util.List;

/**
 * What a user may do. Each role includes the ones before it: an EDITOR can do everything a
 * REVIEWER can, and so on.
 */
public enum Role {
    /** Reads everything in the workspace. */
    VIEWER("Viewer"),
    /** Annotates, researches and proposes verdicts. */
    REVIEWER("Reviewer"),
    /** Also approves and publishes. */
    EDITOR("Editor"),
    /** Also manages users and settings. */
    ADMIN("Admin");

    /** Spring Security authority names, for annotations. */
    public static final String VIEWER_AUTHORITY = "ROLE_VIEWER";
    public static final String REVIEWER_AUTHORITY = "ROLE_REVIEWER";
    public static final String EDITOR_AUTHORITY = "ROLE_EDITOR";
    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes. */
    public List<Role> includedRoles() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).toList();
    }

    public boolean includes(Role other) {
        return other.ordinal() <= ordinal();
    }
}
