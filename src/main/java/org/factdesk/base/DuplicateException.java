package org.factdesk.base;

import java.util.List;

/**
 * An import would make a second copy of something the desk already has (the same document text; claims
 * on the very words claims already mark). Nothing was written; the API answers 409 naming the existing
 * items, and the same request with {@code duplicate=copy} imports anyway.
 */
public class DuplicateException extends ConflictException {

    private final String kind;
    private final List<Long> existing;

    public DuplicateException(String kind, List<Long> existing, String message) {
        super("duplicate", message);
        this.kind = kind;
        this.existing = List.copyOf(existing);
    }

    /** What already exists: "document" or "claim". */
    public String kind() {
        return kind;
    }

    /** The ids of what already exists. */
    public List<Long> existing() {
        return existing;
    }
}
