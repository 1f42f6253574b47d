package org.factdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.PasteLimit;
import org.factdesk.claim.ReanchorReport;
import org.factdesk.document.CanonicalText;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentService;
import org.factdesk.document.SpansReport;

/** Replaces a document's text with a corrected version; every claim is re-anchored and the outcome shown. */
class ReplaceTextDialog extends Dialog {

    final TextArea text = new TextArea("Text");
    final Button save = new Button("Save as new revision");

    ReplaceTextDialog(DocumentService documents, DocumentDetails document, Consumer<ReanchorReport> done) {
        setHeaderTitle("Replace the text of \u201C" + document.metadata().title() + "\u201D");
        setWidth("min(60rem, 95vw)");
        text.setValue(document.text());
        text.setWidthFull();
        text.setHeight("55vh");
        PasteLimit.apply(text, CanonicalText.MAX_LENGTH);
        add(new Paragraph("The current text becomes revision " + document.revision() + " in the history. Claims, the "
                + "source and cue words of attributions, and evidence excerpts quoting this document follow their words; "
                + "any that cannot be found with certainty are listed for you to check or place again."), text);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                var replaced = documents.replaceText(document.id(), text.getValue(), (long) document.revision());
                var report = replaced.report(ReanchorReport.class);
                close();
                done.accept(report);
                Notifications.success(report.summaryWith(replaced.reports(SpansReport.class)));
            } catch (RuntimeException ex) {
                Notifications.refused(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
