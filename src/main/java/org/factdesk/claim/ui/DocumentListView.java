package org.factdesk.claim.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Objects;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.document.DocumentImportService;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.factdesk.document.ui.NewDocumentDialog;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.springframework.data.domain.Sort;

/** All documents, newest first, with their claim counts and a search over title, publisher and author. */
@Route("documents")
@RouteAlias("")
@PageTitle("Documents")
@Menu(order = 0, icon = "vaadin:newspaper", title = "Documents")
@PermitAll
class DocumentListView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** A row: a document and how many claims it has in each status. */
    record Row(DocumentSummary document, Map<ClaimStatus, Long> counts) {

        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        long open() {
            return total() - counts.getOrDefault(ClaimStatus.PUBLISHED, 0L) - counts.getOrDefault(ClaimStatus.DISMISSED, 0L);
        }
    }

    final TextField search = new TextField();
    final Button newDocument = new Button("New document", VaadinIcon.PLUS.create());
    final com.vaadin.flow.component.checkbox.Checkbox archived = new com.vaadin.flow.component.checkbox.Checkbox(
            "Show archived");
    final Grid<Row> grid = new Grid<>();

    DocumentListView(DocumentService documents, DocumentImportService imports, ClaimQueries claims,
            CurrentUser currentUser) {
        addClassName("fd-page");
        setSizeFull();

        search.setPlaceholder("Search title, publisher, author");
        search.setAriaLabel("Search documents");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("20em");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        newDocument.addThemeVariants(ButtonVariant.PRIMARY);
        newDocument.setVisible(currentUser.get().map(u -> u.role().includes(Role.REVIEWER)).orElse(false));
        newDocument.addClickListener(e -> new NewDocumentDialog(documents, imports,
                created -> getUI().ifPresent(ui -> ReaderLinks.openDocument(ui, created.id()))).open());

        archived.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(r -> r.document().metadata().title() + (r.document().archived() ? " (archived)" : ""))
                .setHeader("Title").setFlexGrow(4).setKey("title");
        grid.addColumn(r -> Objects.toString(r.document().metadata().publisher(), "")).setHeader("Publisher").setFlexGrow(1);
        grid.addColumn(r -> r.document().metadata().publishedAt() == null ? ""
                : DATE.format(r.document().metadata().publishedAt())).setHeader("Published").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.document().wordCount()).setHeader("Words").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::total).setHeader("Claims").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::open).setHeader("Open").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(r -> "Claims not yet published or dismissed");
        grid.setItems(query -> {
            var page = documents.list(search.getValue(), archived.getValue(),
                    toSpringPageRequest(query).withSort(Sort.by(Sort.Direction.DESC, "createdAt")));
            var counts = claims.countsByStatus(page.getContent().stream().map(DocumentSummary::id).toList());
            return page.getContent().stream().map(d -> new Row(d, counts.getOrDefault(d.id(), Map.of())));
        });
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ReaderLinks.openDocument(ui,
                e.getItem().document().id())));
        grid.setEmptyStateText("No documents match");
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setSizeFull();

        var toolbar = new HorizontalLayout(search, archived, newDocument);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        add(toolbar, grid);
    }
}
