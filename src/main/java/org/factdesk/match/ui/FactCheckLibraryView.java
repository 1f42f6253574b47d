package org.factdesk.match.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Uploads;
import org.factdesk.match.FactCheckLibraryService;
import org.factdesk.match.FactCheckLibraryService.Collection;
import org.factdesk.match.MatchService;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;

/**
 * The library of verified claims: the collections of fact-checks imported from other organisations
 * (ClaimReview JSON-LD, or a TSV/CSV table), imported and deleted as a whole and each opened to browse
 * and search, and a box to ask "already checked?" for any text, whose answers can be opened, read at
 * their publisher and linked to a claim as evidence.
 */
@Route("library")
@PageTitle("Fact-check library")
@Menu(order = 25, icon = "vaadin:archive", title = "Fact-check library")
@PermitAll
class FactCheckLibraryView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    final Grid<Collection> collections = new Grid<>(Collection.class, false);
    final Upload upload = new Upload();
    final TextArea question = new TextArea("Already checked? Paste a claim");
    final Div answers = new Div();
    private final FactCheckLibraryService library;

    FactCheckLibraryView(FactCheckLibraryService library, MatchService matches, CurrentUser currentUser) {
        this.library = library;
        addClassName("fd-page");
        boolean editor = currentUser.get().map(u -> u.role().includes(Role.EDITOR)).orElse(false);
        boolean reviewer = currentUser.get().map(u -> u.role().includes(Role.REVIEWER)).orElse(false);
        add(new H3("Fact-check library"), new Paragraph("Fact-checks published by other organisations, matched with "
                + "this desk's own claims whenever a claim is created or edited (\u201CAlready checked?\u201D in the claim "
                + "panel). Each fact-check keeps its publisher, rating, date and link; the same address is never "
                + "imported twice."));

        question.setWidth("min(48rem, 100%)");
        question.setMaxLength(MatchService.MAX_TEXT);
        var ask = new Button("Search the library", e -> Notifications.attempt(() -> {
            answers.removeAll();
            var found = matches.match(question.getValue(), 5);
            if (found.isEmpty()) {
                answers.add(new Div("Nothing like it in the library"));
            }
            for (var m : found) {
                answers.add(new LibraryAnswer(m, reviewer, library));
            }
        }));
        add(question, ask, answers);

        if (editor) {
            upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
                upload.clearFileList();
                Notifications.attempt(() -> {
                    var result = library.importFile(meta.fileName(), bytes);
                    Notifications.success(result.imported() + " fact-checks imported as \u201C"
                            + result.collection().name() + "\u201D" + (result.duplicates() == 0 ? ""
                                    : "; " + result.duplicates() + " were in the library already"));
                    refresh();
                });
            }));
            upload.setMaxFiles(1);
            Uploads.accept(upload, ".json", ".jsonld", ".tsv", ".csv", ".txt", "application/json",
                    "application/ld+json", "text/csv", "text/tab-separated-values", "text/plain");
            add(new H3("Import fact-checks"), new Paragraph("ClaimReview JSON-LD (one review, a list, or a DataFeed such "
                    + "as Data Commons' feed), or a table with a header line: id, claim, title, url, rating, publisher, "
                    + "date (tab- or comma-separated). A file with any bad row is refused as a whole."), upload);
        }

        // Each collection opens to browse and search its fact-checks.
        collections.addComponentColumn(c -> new RouterLink(c.name(), FactCheckCollectionView.class, c.id()))
                .setHeader("Collection").setFlexGrow(3);
        collections.addColumn(Collection::format).setHeader("Format");
        collections.addColumn(Collection::items).setHeader("Fact-checks");
        collections.addColumn(c -> WHEN.format(c.importedAt())).setHeader("Imported (UTC)");
        collections.addColumn(Collection::importedBy).setHeader("By");
        if (editor) {
            collections.addComponentColumn(c -> {
                var delete = new Button("Delete", e -> new ConfirmDialog("Delete \u201C" + c.name() + "\u201D?",
                        "Its " + c.items() + " fact-checks leave the library. Evidence already linked to them stays.",
                        "Delete", ev -> Notifications.attempt(() -> {
                            library.delete(c.id());
                            refresh();
                        }), "Cancel", ev -> { }).open());
                delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return delete;
            }).setHeader("");
        }
        collections.setAllRowsVisible(true);
        add(new H3("Collections"), collections);
        refresh();
    }

    private void refresh() {
        collections.setItems(library.collections());
    }
}
