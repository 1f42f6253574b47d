package org.factdesk.verification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.verification.CommentService;
import org.factdesk.verification.CommentView;
import org.jspecify.annotations.Nullable;

/**
 * A claim's comment thread in the claim panel: the comments with their replies (four levels deep),
 * each shown as plain text, and, for those who may edit, a box to comment or reply.
 */
class CommentThread extends VerticalLayout {

    final Div thread = new Div();
    final TextArea comment = new TextArea("Comment");
    final Button postComment = new Button("Post comment");

    private final CommentService comments;
    private final ClaimContext context;
    private @Nullable ClaimView claim;
    private @Nullable Long replyTo;

    CommentThread(CommentService comments, ClaimContext context) {
        this.comments = comments;
        this.context = context;
        setPadding(false);
        setSpacing(false);
        thread.addClassName("fd-thread");
        comment.setWidthFull();
        comment.setMaxLength(10_000);
        postComment.addThemeVariants(ButtonVariant.TERTIARY);
        postComment.addClickListener(e -> post());
        add(thread, comment, postComment);
    }

    /** Shows the thread of this claim. */
    void show(ClaimView shown) {
        this.claim = shown;
        boolean editable = context.canEdit();
        comment.setVisible(editable);
        postComment.setVisible(editable);
        showThread(shown.id());
    }

    /** How many comments the thread shown holds. */
    int count() {
        return count;
    }

    private int count;

    private void showThread(long claimId) {
        thread.removeAll();
        var all = comments.forClaim(claimId);
        count = all.size();
        for (var c : all) {
            if (c.parentId() == null) {
                thread.add(render(c, all, 0));
            }
        }
        if (all.isEmpty()) {
            var none = new Span("No comments yet");
            none.addClassName("fd-muted");
            thread.add(none);
        }
    }

    private Div render(CommentView c, List<CommentView> all, int depth) {
        var box = new Div();
        box.addClassName("fd-comment");
        var head = new Span(c.author() + " · " + Times.when(c.createdAt()));
        head.addClassName("fd-muted");
        // Plain text: whatever a comment contains is shown as text, never as markup.
        var body = new Div();
        body.setText(c.body());
        body.addClassName("fd-comment-body");
        box.add(head, body);
        if (context.canEdit() && depth < 4) {
            var reply = new Button("Reply", e -> {
                replyTo = c.id();
                comment.setLabel("Reply to " + c.author());
                comment.focus();
            });
            reply.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            box.add(reply);
        }
        for (var child : all) {
            if (child.parentId() != null && child.parentId() == c.id()) {
                var nested = render(child, all, depth + 1);
                nested.addClassName("fd-reply");
                box.add(nested);
            }
        }
        return box;
    }

    private void post() {
        var shown = claim;
        if (shown == null) {
            return;
        }
        try {
            comments.add(shown.id(), replyTo, comment.getValue());
            comment.clear();
            comment.setLabel("Comment");
            replyTo = null;
            showThread(shown.id());
            context.claimChanged(shown.id());
        } catch (RuntimeException e) {
            Notifications.refused(e);
        }
    }
}
