package org.factdesk.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.claim.ui.ReaderLinks;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.verification.CommentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class CommentThreadTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    CommentService comments;
    @Autowired
    UserDetailsService userDetails;

    @Test
    @WithUserDetails("reviewer")
    void a_comment_and_a_reply_to_it_are_saved_and_shown_nested_as_plain_text() {
        var doc = documents.create(DocumentMetadata.titled("Thread"), "The mayor said the bridge was closed.").id();
        var claim = claims.create(doc, NewClaim.at(15, 36));
        ReaderLinks.openClaim(UI.getCurrent(), doc, claim.id());
        var thread = $(CommentThread.class).single();

        test(thread.comment).setValue("<b>Check the council minutes</b>");
        test(thread.postComment).click();
        var reply = thread.thread.getElement().getChild(0).getChildren()
                .filter(e -> "Reply".equals(e.getText())).findFirst().orElseThrow();
        test((Button) reply.getComponent().orElseThrow()).click();
        assertThat(thread.comment.getLabel()).startsWith("Reply to");
        test(thread.comment).setValue("Minutes say it was closed on Monday");
        test(thread.postComment).click();

        var saved = comments.forClaim(claim.id());
        assertThat(saved).hasSize(2);
        assertThat(saved.get(1).parentId()).isEqualTo(saved.get(0).id());
        assertThat(thread.comment.getLabel()).isEqualTo("Comment");
        var shown = thread.thread.getElement().getChild(0);
        assertThat(shown.getOuterHTML()).contains("&lt;b&gt;Check the council minutes&lt;/b&gt;").contains("fd-reply")
                .contains("Minutes say it was closed on Monday");
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_thread_but_has_no_box_to_comment() {
        var viewer = SecurityContextHolder.getContext();
        var reviewer = userDetails.loadUserByUsername("reviewer");
        var asReviewer = SecurityContextHolder.createEmptyContext();
        asReviewer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reviewer, null, reviewer.getAuthorities()));
        SecurityContextHolder.setContext(asReviewer);
        long doc;
        long claimId;
        try {
            doc = documents.create(DocumentMetadata.titled("Thread read"), "The mayor said the bridge was closed.").id();
            claimId = claims.create(doc, NewClaim.at(15, 36)).id();
        } finally {
            SecurityContextHolder.setContext(viewer);
        }
        ReaderLinks.openClaim(UI.getCurrent(), doc, claimId);
        var thread = $(CommentThread.class).single();

        assertThat(thread.comment.isVisible()).isFalse();
        assertThat(thread.postComment.isVisible()).isFalse();
        assertThat(thread.thread.getElement().getChild(0).getText()).isEqualTo("No comments yet");
    }
}
