package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.factdesk.base.ui.Notifications;
import org.factdesk.document.DocumentService;
import org.factdesk.document.ui.DocumentDetailsDialog;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;

/** The reader's own tools for the document it shows: edit its details, replace its text, delete it. */
final class DocumentTools {

    private DocumentTools() {
    }

    /** Title, source, publisher, author, date and language, for reviewers. */
    static final class Details implements ReaderTool {

        @SpringComponent
        static class Factory implements ReaderTool.Factory {

            private final DocumentService documents;

            Factory(DocumentService documents) {
                this.documents = documents;
            }

            @Override
            public int order() {
                return 10;
            }

            @Override
            public ReaderTool create(ReaderContext reader) {
                return new Details(documents, reader);
            }
        }

        final Button button = new Button("Details");

        Details(DocumentService documents, ReaderContext reader) {
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.setVisible(reader.canEdit());
            button.addClickListener(e -> reader.document().ifPresent(d ->
                    new DocumentDetailsDialog(documents, d.summary(), reader::detailsChanged).open()));
        }

        @Override
        public Component button() {
            return button;
        }
    }

    /** A corrected or updated version of the text, with every claim re-anchored, for reviewers. */
    static final class ReplaceText implements ReaderTool {

        @SpringComponent
        static class Factory implements ReaderTool.Factory {

            private final DocumentService documents;

            Factory(DocumentService documents) {
                this.documents = documents;
            }

            @Override
            public int order() {
                return 20;
            }

            @Override
            public ReaderTool create(ReaderContext reader) {
                return new ReplaceText(documents, reader);
            }
        }

        final Button button = new Button("Replace text");

        ReplaceText(DocumentService documents, ReaderContext reader) {
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.setVisible(reader.canEdit());
            button.addClickListener(e -> reader.document().ifPresent(d ->
                    new ReplaceTextDialog(documents, d, report -> reader.reload()).open()));
        }

        @Override
        public Component button() {
            return button;
        }
    }

    /** An editor deletes the document, its revisions and claims, after saying yes to what goes. */
    static final class Delete implements ReaderTool {

        @SpringComponent
        static class Factory implements ReaderTool.Factory {

            private final DocumentService documents;
            private final CurrentUser currentUser;

            Factory(DocumentService documents, CurrentUser currentUser) {
                this.documents = documents;
                this.currentUser = currentUser;
            }

            @Override
            public int order() {
                return 90;
            }

            @Override
            public ReaderTool create(ReaderContext reader) {
                return new Delete(documents, currentUser.get().map(u -> u.role().includes(Role.EDITOR)).orElse(false),
                        reader);
            }
        }

        final Button button = new Button("Delete document");

        Delete(DocumentService documents, boolean isEditor, ReaderContext reader) {
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            button.setVisible(isEditor);
            button.addClickListener(e -> reader.document().ifPresent(d -> {
                var title = d.metadata().title();
                var dialog = new ConfirmDialog("Delete \u201C" + title + "\u201D?", "The document, its "
                        + reader.claims().size() + " claims with their attributions, verdicts and evidence links, and "
                        + "its revisions go. The audit trail keeps what happened.", "Delete", confirmed -> {
                            if (Notifications.attempt(() -> documents.delete(d.id()))) {
                                Notifications.success("\u201C" + title + "\u201D deleted");
                                button.getUI().ifPresent(ui -> ui.navigate("documents"));
                            }
                        });
                dialog.setCancelable(true);
                dialog.setConfirmButtonTheme("error primary");
                dialog.open();
            }));
        }

        @Override
        public Component button() {
            return button;
        }
    }

    /**
     * Archive: keeps the document whole (a document with published claims is never deleted) and
     * leaves it out of the Documents list and its searches; pressed again, brings it back.
     */
    static final class Archive implements ReaderTool {

        @SpringComponent
        static class Factory implements ReaderTool.Factory {

            private final DocumentService documents;
            private final CurrentUser currentUser;

            Factory(DocumentService documents, CurrentUser currentUser) {
                this.documents = documents;
                this.currentUser = currentUser;
            }

            @Override
            public int order() {
                return 85;
            }

            @Override
            public ReaderTool create(ReaderContext reader) {
                return new Archive(documents, currentUser.get().map(u -> u.role().includes(Role.EDITOR)).orElse(false),
                        reader);
            }
        }

        final Button button = new Button();

        Archive(DocumentService documents, boolean isEditor, ReaderContext reader) {
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.setVisible(isEditor);
            label(reader.document().map(d -> d.summary().archived()).orElse(false));
            button.addClickListener(e -> reader.document().ifPresent(d -> {
                boolean archiving = !d.summary().archived();
                Notifications.attempt(() -> {
                    var summary = documents.archive(d.id(), archiving);
                    reader.detailsChanged(summary);
                    label(summary.archived());
                    Notifications.success("\u201C" + d.metadata().title() + "\u201D " + (summary.archived()
                            ? "archived: kept whole and left out of the Documents list" : "is back in the lists"));
                });
            }));
        }

        private void label(boolean archived) {
            button.setText(archived ? "Bring back to lists" : "Archive");
        }

        @Override
        public Component button() {
            return button;
        }
    }
}
