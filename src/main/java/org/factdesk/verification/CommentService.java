package org.factdesk.verification;

import java.time.Instant;
import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimService;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Threaded comments on claims. Anyone who can review may comment; everyone reads. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class CommentService {

    private final CommentRepository comments;
    private final ClaimService claims;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CommentService(CommentRepository comments, ClaimService claims, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.claims = claims;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CommentView> forClaim(long claimId) {
        return comments.findByClaimIdOrderByIdAsc(claimId).stream().map(Comment::view).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public CommentView add(long claimId, @Nullable Long parentId, String body) {
        var claim = claims.get(claimId);
        var text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("body", "A comment needs some text");
        }
        if (text.length() > Comment.BODY_MAX_LENGTH) {
            throw new InvalidInputException("body", "A comment has at most " + Comment.BODY_MAX_LENGTH + " characters");
        }
        if (parentId != null) {
            var parent = comments.findById(parentId).orElseThrow(() -> new NotFoundException("Comment", parentId));
            if (parent.claimId() != claimId) {
                throw new InvalidInputException("parentId", "A reply answers a comment on the same claim");
            }
        }
        var who = currentUser.usernameOrSystem();
        var saved = comments.saveAndFlush(new Comment(claimId, parentId, who, text));
        events.publishEvent(new ClaimEvent.Commented(new ClaimEvent.Header(claimId, claim.documentId(), who, Instant.now()),
                text));
        return saved.view();
    }
}
