package org.factdesk.suggest;

/** A half-open range of string indices. */
public record Span(int start, int end) {

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
