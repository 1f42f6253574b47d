package org.factdesk.evidence;

/** A source with the same canonical web address is already in the library: use that one. */
public class DuplicateSourceException extends RuntimeException {

    private final SourceView existing;

    DuplicateSourceException(SourceView existing) {
        super("This page is already in the library as source " + existing.id() + ", \u201C" + existing.title()
                + "\u201D: use that one");
        this.existing = existing;
    }

    public SourceView existing() {
        return existing;
    }
}
