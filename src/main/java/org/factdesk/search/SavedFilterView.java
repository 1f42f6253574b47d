package org.factdesk.search;

import java.time.Instant;

/** A saved claim search: its name and the search as the Claims screen's address writes it. */
public record SavedFilterView(String name, String search, Instant updatedAt) {
}
