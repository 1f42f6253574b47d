package org.factdesk.evidence;

/** What sort of source something is. */
public enum SourceKind {
    OFFICIAL_STATEMENT("Official statement"),
    TRANSCRIPT("Transcript"),
    DATASET("Dataset"),
    DOCUMENT("Document"),
    NEWS_REPORT("News report"),
    EXPERT("Expert"),
    SOCIAL_MEDIA("Social media post");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
