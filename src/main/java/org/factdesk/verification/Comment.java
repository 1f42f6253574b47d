package org.factdesk.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A comment on a claim, possibly a reply to another. Plain text, always shown as text. */
@Entity
@Table(name = "claim_comment")
class Comment extends AbstractEntity {

    static final int BODY_MAX_LENGTH = 10_000;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(nullable = false)
    private String author = "";

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Comment() {
    }

    Comment(long claimId, @Nullable Long parentId, String author, String body) {
        this.claimId = claimId;
        this.parentId = parentId;
        this.author = author;
        this.body = body;
    }

    CommentView view() {
        return new CommentView(id(), claimId, parentId, author, body, createdAt);
    }

    long claimId() {
        return claimId;
    }
}
