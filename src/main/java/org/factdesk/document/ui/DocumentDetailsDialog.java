package org.factdesk.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.factdesk.base.StaleVersionException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.document.Document;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;

/** Edits a document's metadata: title, source URL, publisher, author, publication date, language. */
public class DocumentDetailsDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextField sourceUrl = new TextField("Source URL");
    final TextField publisher = new TextField("Publisher");
    final TextField author = new TextField("Author");
    final DatePicker publishedAt = new DatePicker("Published");
    final TextField language = new TextField("Language");
    final Button save = new Button("Save");

    public DocumentDetailsDialog(DocumentService documents, DocumentSummary document, Consumer<DocumentSummary> saved) {
        setHeaderTitle("Document details");
        setWidth("min(40rem, 95vw)");
        var m = document.metadata();
        title.setValue(m.title());
        title.setMaxLength(Document.TITLE_MAX_LENGTH);
        sourceUrl.setValue(m.sourceUrl() == null ? "" : m.sourceUrl());
        sourceUrl.setMaxLength(Document.SOURCE_URL_MAX_LENGTH);
        publisher.setValue(m.publisher() == null ? "" : m.publisher());
        author.setValue(m.author() == null ? "" : m.author());
        publishedAt.setValue(m.publishedAt());
        language.setValue(m.language() == null ? "" : m.language());
        language.setHelperText("A language tag such as en or de-CH");
        var form = new FormLayout(title, sourceUrl, publisher, author, publishedAt, language);
        form.setColspan(title, 2);
        form.setColspan(sourceUrl, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                var updated = documents.updateMetadata(document.id(), new DocumentMetadata(title.getValue(),
                        sourceUrl.getValue(), publisher.getValue(), author.getValue(), publishedAt.getValue(),
                        language.getValue()), document.version());
                close();
                saved.accept(updated);
                Notifications.success("Details saved");
            } catch (StaleVersionException ex) {
                Notifications.error("Not saved: someone else changed these details meanwhile. Close and open them again.");
            } catch (RuntimeException ex) {
                Notifications.refused(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
