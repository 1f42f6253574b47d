package org.factdesk.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The end of the desk's chain of publications: locked while a publication is added. */
@Entity
@Table(name = "publication_head")
class PublicationHead {

    @Id
    private Integer id;

    @Column(nullable = false)
    private long sequence;

    @Column(length = 64)
    private @Nullable String sha256;

    @SuppressWarnings("NullAway.Init")
    protected PublicationHead() {
    }

    long sequence() {
        return sequence;
    }

    @Nullable String sha256() {
        return sha256;
    }

    void advance(long sequence, String sha256) {
        this.sequence = sequence;
        this.sha256 = sha256;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PublicationHead h && id != null && id.equals(h.id));
    }

    @Override
    public int hashCode() {
        return PublicationHead.class.hashCode();
    }
}
