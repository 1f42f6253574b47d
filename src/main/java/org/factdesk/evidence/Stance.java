package org.factdesk.evidence;

/** What a piece of evidence does for a claim. */
public enum Stance {
    SUPPORTS("Supports"),
    REFUTES("Refutes"),
    CONTEXT("Adds context"),
    CONFIRMS_ATTRIBUTION("Confirms the attribution"),
    DISPUTES_ATTRIBUTION("Disputes the attribution");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
