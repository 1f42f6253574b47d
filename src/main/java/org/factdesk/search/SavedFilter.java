package org.factdesk.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.base.domain.AbstractEntity;

/** A person's claim search kept under a name, as the Claims screen's address writes it. */
@Entity
@Table(name = "saved_filter")
class SavedFilter extends AbstractEntity {

    static final int NAME_MAX_LENGTH = 100;

    @Column(nullable = false, length = 40)
    private String username = "";

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Column(nullable = false, length = ClaimSearchParameters.MAX_QUERY_STRING)
    private String search = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected SavedFilter() {
    }

    SavedFilter(String username, String name, String search) {
        this.username = username;
        this.name = name;
        this.search = search;
    }

    void change(String search) {
        this.search = search;
        this.updatedAt = Instant.now();
    }

    SavedFilterView view() {
        return new SavedFilterView(name, search, updatedAt);
    }
}
