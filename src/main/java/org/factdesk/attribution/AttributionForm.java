package org.factdesk.attribution;

/** How the article attributes the claim. */
public enum AttributionForm {
    DIRECT_QUOTE("Direct quote"),
    INDIRECT("Indirect or paraphrase"),
    UNATTRIBUTED("Unattributed (the article's own statement)"),
    ANONYMOUS("Anonymous source");

    private final String label;

    AttributionForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
