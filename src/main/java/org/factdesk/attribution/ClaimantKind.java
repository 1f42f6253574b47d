package org.factdesk.attribution;

/** What sort of claimant someone is. */
public enum ClaimantKind {
    PERSON("Person"),
    ORGANIZATION("Organisation"),
    GOVERNMENT("Government"),
    MEDIA("Media outlet"),
    ANONYMOUS("Anonymous or unnamed source");

    private final String label;

    ClaimantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
