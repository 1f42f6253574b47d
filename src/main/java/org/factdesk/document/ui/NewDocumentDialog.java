package org.factdesk.document.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Uploads;
import org.factdesk.base.ui.LargePaste;
import org.factdesk.base.ui.PasteLimit;
import org.factdesk.document.CanonicalText;
import org.factdesk.document.Document;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentImportService;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.document.imports.TextDecoder;

/** Brings a document in: pasted text, an uploaded .txt/.md/.html file, or a web address. */
public class NewDocumentDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextArea text = new TextArea("Text");
    final TextField publisher = new TextField("Publisher (optional)");
    final TextField author = new TextField("Author (optional)");
    final DatePicker publishedAt = new DatePicker("Published on (optional)");
    final TextField sourceUrl = new TextField("Web address of the original (optional)");
    final Button createFromText = new Button("Create");
    final Button removePasted = new Button("Remove the pasted text");
    final Upload upload;
    final TextField uploadTitle = new TextField("Title (optional)");
    final TextField url = new TextField("Web address");
    final Button createFromUrl = new Button("Import");
    final TabSheet tabs = new TabSheet();
    private final DocumentImportService imports;

    public NewDocumentDialog(DocumentService documents, DocumentImportService imports, Consumer<DocumentDetails> created) {
        this.imports = imports;
        setHeaderTitle("New document");
        setWidth("min(48rem, 95vw)");

        title.setWidthFull();
        title.setMaxLength(Document.TITLE_MAX_LENGTH);
        text.setWidthFull();
        text.setHeight("18rem");
        PasteLimit.apply(text, CanonicalText.MAX_LENGTH);
        var pasted = LargePaste.apply(text, held -> removePasted.setVisible(held > 0));
        removePasted.addThemeVariants(ButtonVariant.TERTIARY);
        removePasted.setVisible(false);
        removePasted.addClickListener(e -> {
            pasted.clear();
            removePasted.setVisible(false);
        });
        createFromText.addThemeVariants(ButtonVariant.PRIMARY);
        // Who published it and when, as a fact-checker's report names the article it checked.
        sourceUrl.setWidthFull();
        sourceUrl.setPlaceholder("https://");
        var about = new HorizontalLayout(publisher, author, publishedAt);
        about.setWidthFull();
        about.setWrap(true);
        // A held paste of megabytes travels only now: the button says so while it does (issue 36).
        createFromText.addClickListener(e -> {
            if (pasted.held() > 0) {
                createFromText.setEnabled(false);
                createFromText.setText(String.format(java.util.Locale.ROOT, "Sending %,d characters…", pasted.held()));
            }
            pasted.whole(whole -> {
                createFromText.setEnabled(true);
                createFromText.setText("Create");
                if (whole == null) {
                    Notifications.error("The pasted text did not arrive; paste it again");
                    return;
                }
                done(Map.of("title", title, "text", text, "publisher", publisher, "author", author, "sourceUrl",
                        sourceUrl), () -> documents.create(new DocumentMetadata(title.getValue(), sourceUrl.getValue(),
                                publisher.getValue(), author.getValue(), publishedAt.getValue(), null), whole), created);
            });
        });
        var paste = new VerticalLayout(title, about, sourceUrl, text, new HorizontalLayout(createFromText,
                removePasted));
        paste.setPadding(false);

        // The in-memory handler calls back inside UI.access once the file is in: the import runs there.
        // (Upload's succeeded listeners belong to the old Receiver API and never fire with an UploadHandler.)
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> uploaded(metadata.fileName(), bytes, created)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TextDecoder.MAX_BYTES);
        Uploads.accept(upload, ".txt", ".md", ".markdown", ".html", ".htm", ".gz", "text/plain", "text/markdown",
                "text/html");
        uploadTitle.setWidthFull();
        var file = new VerticalLayout(new Paragraph(".txt, .md or .html, up to 10 MB. HTML is reduced to its article text; "
                + "scripts and markup never reach a page."), uploadTitle, upload);
        file.setPadding(false);

        url.setWidthFull();
        url.setPlaceholder("https://");
        createFromUrl.addThemeVariants(ButtonVariant.PRIMARY);
        createFromUrl.addClickListener(e -> done(Map.of("url", url, "sourceUrl", url),
                () -> imports.importUrl(url.getValue(), null), created));
        var web = new VerticalLayout(new Paragraph("Factdesk fetches the page and keeps its article: text, title, "
                + "authors, date."), url, createFromUrl);
        web.setPadding(false);

        tabs.add("Paste text", paste);
        tabs.add("Upload a file", file);
        tabs.add("From a web address", web);
        tabs.setWidthFull();
        add(tabs);
        getFooter().add(new Button("Cancel", e -> close()));
    }

    private void uploaded(String fileName, byte[] bytes, Consumer<DocumentDetails> created) {
        upload.clearFileList();
        done(Map.of("title", uploadTitle), () -> imports.importUpload(fileName, bytes, uploadTitle.getValue()), created);
    }

    /** Runs an import; a refusal shows on the field it is about (the rest as a message), and nothing typed is lost. */
    private void done(Map<String, ? extends HasValidation> fields, Supplier<DocumentDetails> action,
            Consumer<DocumentDetails> created) {
        FieldErrors.attempt(fields, action).ifPresent(document -> {
            close();
            Notifications.success("\u201C" + document.metadata().title() + "\u201D created");
            created.accept(document);
        });
    }
}
