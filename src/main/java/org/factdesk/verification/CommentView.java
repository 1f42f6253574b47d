package org.factdesk.verification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a claim; {@code parentId} is the comment it answers, if any. */
public record CommentView(long id, long claimId, @Nullable Long parentId, String author, String body,
        Instant createdAt) {
}
