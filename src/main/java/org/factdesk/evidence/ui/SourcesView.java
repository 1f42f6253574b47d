package org.factdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.factdesk.document.DocumentImportService;
import org.factdesk.evidence.SourceFilter;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.SourceView;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The source library: search, filter by kind, publisher and reliability; open a source to see who cites it. */
@Route("sources")
@PageTitle("Sources")
@Menu(order = 20, icon = "vaadin:book", title = "Sources")
@PermitAll
class SourcesView extends VerticalLayout {

    final TextField search = new TextField();
    final Select<SourceKind> kind = new Select<>();
    final ComboBox<String> publisher = new ComboBox<>();
    final Select<Integer> reliability = new Select<>();
    final Button create = new Button("New source", VaadinIcon.PLUS.create());
    final Grid<SourceView> grid = new Grid<>();

    SourcesView(SourceService sources, DocumentImportService imports, CurrentUser currentUser) {
        addClassName("fd-page");
        setSizeFull();
        search.setPlaceholder("Title, publisher or address");
        search.setAriaLabel("Search sources");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        kind.setPlaceholder("Any kind");
        kind.setAriaLabel("Kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any kind" : k.label());
        kind.setEmptySelectionAllowed(true);
        publisher.setPlaceholder("Any publisher");
        publisher.setAriaLabel("Publisher");
        publisher.setItems(sources.publishers());
        publisher.setClearButtonVisible(true);
        reliability.setAriaLabel("Reliability");
        reliability.setItems(5, 4, 3, 2, 1);
        reliability.setEmptySelectionAllowed(true);
        reliability.setItemLabelGenerator(r -> r == null ? "Any reliability" : "Reliability " + r + "+");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        publisher.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        reliability.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(currentUser.get().map(u -> u.role().includes(Role.REVIEWER)).orElse(false));
        create.addClickListener(e -> new SourceDialog(sources, imports, s -> {
            grid.getDataProvider().refreshAll();
            getUI().ifPresent(ui -> ui.navigate("sources/" + s.id()));
        }).open());

        grid.addColumn(SourceView::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(s -> Objects.toString(s.fields().publisher(), "")).setHeader("Publisher");
        grid.addColumn(s -> s.fields().kind().label()).setHeader("Kind");
        grid.addColumn(s -> s.fields().reliability() == null ? "" : s.fields().reliability() + "/5").setHeader("Reliability")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SourceView::citations).setHeader("Cited by").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> sources.search(new SourceFilter(search.getValue(), kind.getValue(), publisher.getValue(),
                reliability.getValue()), PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("title"))).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("sources/" + e.getItem().id())));
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setEmptyStateText("No sources match");
        grid.setSizeFull();

        var toolbar = new HorizontalLayout(search, kind, publisher, reliability, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, grid);
    }
}
