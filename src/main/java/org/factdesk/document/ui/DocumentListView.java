package org.factdesk.document.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

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
import java.util.Objects;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.springframework.data.domain.Sort;

/** All documents, newest first, with a search over title, publisher and author. */
@Route("documents")
@RouteAlias("")
@PageTitle("Documents")
@Menu(order = 0, icon = "vaadin:newspaper", title = "Documents")
@PermitAll
class DocumentListView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    final TextField search = new TextField();
    final Grid<DocumentSummary> grid = new Grid<>();

    DocumentListView(DocumentService documents) {
        addClassName("fd-page");
        setSizeFull();

        search.setPlaceholder("Search title, publisher, author");
        search.setAriaLabel("Search documents");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("20em");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(d -> d.metadata().title()).setHeader("Title").setFlexGrow(4).setKey("title");
        grid.addColumn(d -> Objects.toString(d.metadata().publisher(), "")).setHeader("Publisher").setFlexGrow(1);
        grid.addColumn(d -> d.metadata().publishedAt() == null ? "" : DATE.format(d.metadata().publishedAt()))
                .setHeader("Published").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DocumentSummary::wordCount).setHeader("Words").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> documents.list(search.getValue(),
                toSpringPageRequest(query).withSort(Sort.by(Sort.Direction.DESC, "createdAt"))).stream());
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(DocumentView.class,
                DocumentView.parameters(e.getItem().id()))));
        grid.setEmptyStateText("No documents match");
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setSizeFull();

        var toolbar = new HorizontalLayout(search);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        add(toolbar, grid);
    }
}
