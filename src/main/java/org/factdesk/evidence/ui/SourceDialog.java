package org.factdesk.evidence.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.document.DocumentImportService;
import org.factdesk.evidence.DuplicateSourceException;
import org.factdesk.evidence.SourceDraft;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.SourceView;

/**
 * Adds a source to the library. Pasting a web address offers the existing source when the page is
 * already there, and otherwise fills in what the page says about itself.
 */
class SourceDialog extends Dialog {

    final TextField url = new TextField("Web address");
    final Paragraph notice = new Paragraph();
    final TextField title = new TextField("Title");
    final TextField publisher = new TextField("Publisher");
    final TextField author = new TextField("Author");
    final DatePicker publishedOn = new DatePicker("Published");
    final Select<SourceKind> kind = new Select<>();
    final TextField archiveUrl = new TextField("Archived copy");
    final Select<Integer> reliability = new Select<>();
    final TextField reliabilityNote = new TextField("Why that rating");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Add source");

    SourceDialog(SourceService sources, DocumentImportService imports, Consumer<SourceView> saved) {
        setHeaderTitle("New source");
        setWidth("min(44rem, 95vw)");
        url.setWidthFull();
        url.setPlaceholder("https://");
        url.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue().isBlank()) {
                return;
            }
            try {
                var existing = sources.findByUrl(e.getValue());
                if (existing.isPresent()) {
                    notice.setText("This page is in the library already: \u201C" + existing.get().title()
                            + "\u201D. It is used instead of a duplicate.");
                    close();
                    saved.accept(existing.get());
                    return;
                }
                var preview = imports.preview(e.getValue());
                if (title.isEmpty() && preview.title() != null) {
                    title.setValue(preview.title());
                }
                if (publisher.isEmpty() && preview.publisher() != null) {
                    publisher.setValue(preview.publisher());
                }
                if (author.isEmpty() && preview.author() != null) {
                    author.setValue(preview.author());
                }
                if (publishedOn.isEmpty() && preview.publishedAt() != null) {
                    publishedOn.setValue(preview.publishedAt());
                }
                notice.setText("Filled in from the page; check before saving.");
            } catch (InvalidInputException ex) {
                notice.setText(ex.getMessage() + " Fill in the details by hand.");
            }
        });
        notice.addClassName("fd-muted");
        kind.setLabel("Kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(SourceKind::label);
        kind.setValue(SourceKind.NEWS_REPORT);
        reliability.setLabel("Reliability");
        reliability.setItems(1, 2, 3, 4, 5);
        reliability.setEmptySelectionAllowed(true);
        reliability.setItemLabelGenerator(r -> r == null ? "Not rated" : r + " of 5");
        var form = new FormLayout(title, publisher, author, publishedOn, kind, archiveUrl, reliability, reliabilityNote,
                notes);
        form.setColspan(title, 2);
        form.setColspan(notes, 2);
        add(url, notice, form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            var fields = Map.<String, HasValidation>ofEntries(Map.entry("url", url), Map.entry("title", title),
                    Map.entry("publisher", publisher), Map.entry("author", author), Map.entry("publishedOn", publishedOn),
                    Map.entry("kind", kind), Map.entry("archiveUrl", archiveUrl), Map.entry("reliability", reliability),
                    Map.entry("reliabilityNote", reliabilityNote), Map.entry("notes", notes));
            FieldErrors.attempt(fields, () -> {
                try {
                    var created = sources.create(new SourceDraft(url.getValue(), null, title.getValue(),
                            publisher.getValue(), author.getValue(), publishedOn.getValue(), LocalDate.now(), kind.getValue(),
                            archiveUrl.getValue(), reliability.getValue(), reliabilityNote.getValue(), notes.getValue()));
                    return Map.entry(created, "Source added");
                } catch (DuplicateSourceException ex) {
                    return Map.entry(ex.existing(), ex.getMessage());
                }
            }).ifPresent(done -> {
                close();
                saved.accept(done.getKey());
                Notifications.success(done.getValue());
            });
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
