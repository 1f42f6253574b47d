package org.factdesk.attribution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.domain.AbstractEntity;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/** A person or organisation that claims are attributed to. */
@Entity
@Table(name = "claimant")
public class Claimant extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 300;
    public static final int NOTES_MAX_LENGTH = 5000;
    public static final int MAX_ALIASES = 50;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Column(name = "normalized_name", nullable = false, length = NAME_MAX_LENGTH)
    private String normalizedName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimantKind kind = ClaimantKind.PERSON;

    @Column(name = "wikidata_id")
    private @Nullable String wikidataId;

    @Column(length = NOTES_MAX_LENGTH)
    private @Nullable String notes;

    @Column(name = "merged_into")
    private @Nullable Long mergedInto;

    @ElementCollection(fetch = FetchType.LAZY)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "claimant_alias", joinColumns = @JoinColumn(name = "claimant_id"))
    private Set<ClaimantAlias> aliases = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "claimant_role", joinColumns = @JoinColumn(name = "claimant_id"))
    @OrderColumn(name = "position")
    private List<ClaimantRole> roles = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Claimant() {
    }

    Claimant(String name, ClaimantKind kind, String createdBy) {
        setName(name);
        this.kind = kind;
        this.createdBy = createdBy;
    }

    void setName(String name) {
        var n = name.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (n.isEmpty() || n.length() > NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "A claimant has a name of 1 to " + NAME_MAX_LENGTH + " characters");
        }
        this.name = n;
        this.normalizedName = Names.normalize(n);
        touch();
    }

    void setKind(ClaimantKind kind) {
        this.kind = kind;
        touch();
    }

    void setWikidataId(@Nullable String wikidataId) {
        if (wikidataId != null && !wikidataId.isBlank()) {
            var id = wikidataId.strip().toUpperCase(java.util.Locale.ROOT);
            if (!id.matches("Q[1-9][0-9]{0,12}")) {
                throw new InvalidInputException("wikidataId", "A Wikidata identifier looks like Q6279 (a Q and digits)");
            }
            this.wikidataId = id;
        } else {
            this.wikidataId = null;
        }
        touch();
    }

    void setNotes(@Nullable String notes) {
        if (notes != null && notes.length() > NOTES_MAX_LENGTH) {
            throw new InvalidInputException("notes", "Notes have at most " + NOTES_MAX_LENGTH + " characters");
        }
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        touch();
    }

    void setAliases(Set<String> newAliases) {
        var result = new LinkedHashSet<ClaimantAlias>();
        for (var alias : newAliases) {
            if (alias == null || alias.isBlank()) {
                continue;
            }
            if (alias.strip().length() > NAME_MAX_LENGTH) {
                throw new InvalidInputException("aliases", "An alias has at most " + NAME_MAX_LENGTH + " characters");
            }
            var a = new ClaimantAlias(alias.replaceAll("[\\p{Cntrl}\\s]+", " "));
            if (!a.normalized().isEmpty() && !a.normalized().equals(Names.normalize(name))) {
                result.add(a);
            }
        }
        if (result.size() > MAX_ALIASES) {
            throw new InvalidInputException("aliases", "A claimant has at most " + MAX_ALIASES + " aliases");
        }
        aliases.clear();
        aliases.addAll(result);
        touch();
    }

    void addAliases(Set<String> more) {
        var all = new LinkedHashSet<String>();
        aliases.forEach(a -> all.add(a.alias()));
        all.addAll(more);
        setAliases(all);
    }

    void setRoles(List<ClaimantRole> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        touch();
    }

    void mergedInto(long targetId) {
        this.mergedInto = targetId;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public String getName() {
        return name;
    }

    public ClaimantKind getKind() {
        return kind;
    }

    public @Nullable String getWikidataId() {
        return wikidataId;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public @Nullable Long getMergedInto() {
        return mergedInto;
    }

    /**
     * In the order of their normalised form (the table's key), decided here rather than by the
     * database: H2 and PostgreSQL read a collection back in different orders, and the same desk
     * should read the same on either.
     */
    public List<String> getAliases() {
        return aliases.stream().sorted(java.util.Comparator.comparing(ClaimantAlias::normalized)
                .thenComparing(ClaimantAlias::alias)).map(ClaimantAlias::alias).toList();
    }

    public List<ClaimantRole> getRoles() {
        return List.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
