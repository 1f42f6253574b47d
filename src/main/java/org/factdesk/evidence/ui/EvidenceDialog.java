package org.factdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.Reader;
import org.factdesk.document.DocumentImportService;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.evidence.NewEvidence;
import org.factdesk.evidence.SourceFilter;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.SourceView;
import org.factdesk.evidence.Stance;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Links a claim to a source: search the library or add a source, pick the stance, and give the
 * exact words; for a source imported into Factdesk, select them in its text.
 */
class EvidenceDialog extends Dialog {

    final ComboBox<SourceView> source = new ComboBox<>("Source");
    final Button newSource = new Button("New source");
    final ComboBox<DocumentSummary> document = new ComboBox<>("Or an imported document as the source");
    final Select<Stance> stance = new Select<>();
    final TextArea excerpt = new TextArea("Excerpt (the exact words)");
    final TextField locator = new TextField("Where in the source");
    final TextField note = new TextField("Note");
    final Div sourceText = new Div();
    final Reader reader = new Reader();
    final Button save = new Button("Link evidence");

    private Reader.@Nullable Span selection;

    EvidenceDialog(EvidenceService evidence, SourceService sources, DocumentImportService imports,
            DocumentService documents, ClaimView claim, Consumer<EvidenceView> added) {
        setHeaderTitle("Evidence for claim " + claim.id());
        setWidth("min(56rem, 96vw)");

        source.setWidthFull();
        source.setItemLabelGenerator(s -> s.title() + (s.fields().publisher() == null ? "" : " \u2013 " + s.fields().publisher()));
        source.setItems(query -> sources.search(new SourceFilter(query.getFilter().orElse(""), null, null, null),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("title"))).stream());
        source.addValueChangeListener(e -> showSourceText(documents, e.getValue()));
        newSource.addThemeVariants(ButtonVariant.TERTIARY);
        newSource.addClickListener(e -> new SourceDialog(sources, imports, created -> {
            source.getDataProvider().refreshAll();
            source.setValue(created);
        }).open());
        document.setWidthFull();
        document.setItemLabelGenerator(d -> d.title());
        document.setItems(query -> documents.list(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("title"))).stream()
                .filter(d -> d.id() != claim.documentId()));
        document.setHelperText("A government readout or transcript imported into Factdesk: quote it exactly");
        document.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                try {
                    var s = sources.forDocument(e.getValue().id(), SourceKind.DOCUMENT);
                    source.setValue(s);
                } catch (RuntimeException ex) {
                    Notifications.refused(ex);
                }
            }
        });
        stance.setLabel("Stance");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Stance::label);
        stance.setValue(Stance.SUPPORTS);
        excerpt.setWidthFull();
        excerpt.setMaxLength(5000);
        locator.setPlaceholder("page 3, paragraph 2, 12:40");
        sourceText.addClassName("fd-source-text");
        sourceText.setVisible(false);
        reader.setPickerOnly(true);
        reader.onSelection(span -> {
            selection = span;
        });
        reader.addClassName("fd-source-reader");

        var sourceRow = new HorizontalLayout(source, newSource);
        sourceRow.setWidthFull();
        sourceRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        sourceRow.setFlexGrow(1, source);
        var useSelection = new Button("Use the selected words as the excerpt", e -> useSelection(documents));
        useSelection.addThemeVariants(ButtonVariant.TERTIARY);
        sourceText.add(new Paragraph("Select the words that settle the question in the text below."), reader, useSelection);
        var form = new VerticalLayout(sourceRow, document, stance, sourceText, excerpt, new HorizontalLayout(locator, note));
        form.setPadding(false);
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            var chosen = source.getValue();
            if (chosen == null) {
                // Said on the field that lacks it, not in a toast.
                source.setErrorMessage("Choose a source, or add one with New source");
                source.setInvalid(true);
                source.focus();
                return;
            }
            source.setInvalid(false);
            var span = anchoredSpan;
            try {
                var link = evidence.add(claim.id(), claim.version(), new NewEvidence(chosen.id(), stance.getValue(), excerpt.getValue(),
                        locator.getValue(), span == null ? null : span.start(), span == null ? null : span.end(),
                        note.getValue()));
                close();
                added.accept(link);
                Notifications.success("Evidence linked");
            } catch (RuntimeException ex) {
                Notifications.refused(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private Reader.@Nullable Span anchoredSpan;

    private void showSourceText(DocumentService documents, @Nullable SourceView chosen) {
        anchoredSpan = null;
        var documentId = chosen == null ? null : chosen.fields().documentId();
        sourceText.setVisible(documentId != null);
        if (documentId != null) {
            reader.load(documents.get(documentId).text(), List.of());
        }
    }

    private void useSelection(DocumentService documents) {
        var chosen = source.getValue();
        var span = selection;
        if (chosen == null || chosen.fields().documentId() == null || span == null) {
            Notifications.error("Select words in the source's text first");
            return;
        }
        var text = documents.currentText(chosen.fields().documentId());
        excerpt.setValue(text.text().slice(span.start(), Math.min(span.end(), text.text().length())));
        anchoredSpan = span;
        // The excerpt is now exactly the selected words; editing it by hand would break the anchor.
        excerpt.setReadOnly(true);
    }
}
