package org.factdesk.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.factdesk.base.DuplicateException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.report.Duplicates;

/**
 * Said before anything is written: the import holds what the desk already has (the same document, claims on
 * the same words). The person opens what is there, imports anyway as a copy, or, for claims, leaves those out.
 */
class AlreadyHereDialog extends Dialog {

    final Button open;
    final Button copy = new Button("Import anyway as a copy");
    final Button skip = new Button("Leave those out");

    /**
     * @param importAs runs the import again the way the person chose
     * @param openExisting opens the existing item (the first named)
     */
    AlreadyHereDialog(DuplicateException duplicate, Consumer<Duplicates> importAs, Consumer<Long> openExisting) {
        boolean document = "document".equals(duplicate.kind());
        setHeaderTitle(document ? "This document is already here" : "These claims are already here");
        add(new Paragraph(duplicate.getMessage()));
        open = new Button(document ? "Open the existing one" : "Open the document", e -> {
            close();
            openExisting.accept(duplicate.existing().getFirst());
        });
        open.addThemeVariants(ButtonVariant.PRIMARY);
        copy.addClickListener(e -> {
            close();
            Notifications.attempt(() -> importAs.accept(Duplicates.COPY));
        });
        skip.addClickListener(e -> {
            close();
            Notifications.attempt(() -> importAs.accept(Duplicates.SKIP));
        });
        skip.setVisible(!document);
        getFooter().add(new Button("Cancel", e -> close()), skip, copy, open);
    }
}
