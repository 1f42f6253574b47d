package org.factdesk.attribution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Another name or spelling of a claimant, with its normalised form for matching. */
@Embeddable
public class ClaimantAlias {

    @Column(nullable = false, length = 300)
    private String alias = "";

    @Column(nullable = false, length = 300)
    private String normalized = "";

    protected ClaimantAlias() {
    }

    ClaimantAlias(String alias) {
        this.alias = alias.strip();
        this.normalized = Names.normalize(alias);
    }

    public String alias() {
        return alias;
    }

    String normalized() {
        return normalized;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimantAlias other && other.normalized.equals(normalized);
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalized);
    }
}
