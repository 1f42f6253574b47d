package org.factdesk.attribution.ui;

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
import jakarta.annotation.security.PermitAll;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Everyone claims are attributed to, searchable by any alias. */
@Route("claimants")
@PageTitle("Claimants")
@Menu(order = 30, icon = "vaadin:user-card", title = "Claimants")
@PermitAll
class ClaimantsView extends VerticalLayout {

    final TextField search = new TextField();
    final Button create = new Button("New claimant", VaadinIcon.PLUS.create());
    final Grid<ClaimantView> grid = new Grid<>();

    ClaimantsView(ClaimantService claimants, CurrentUser currentUser) {
        addClassName("fd-page");
        setSizeFull();
        search.setPlaceholder("Name or alias");
        search.setAriaLabel("Search claimants");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(currentUser.get().map(u -> u.role().includes(Role.REVIEWER)).orElse(false));
        create.addClickListener(e -> new NewClaimantDialog(claimants, search.getValue(), c -> {
            grid.getDataProvider().refreshAll();
            getUI().ifPresent(ui -> ui.navigate("claimants/" + c.id()));
        }).open());

        grid.addColumn(ClaimantView::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(c -> c.kind().label()).setHeader("Kind");
        grid.addColumn(c -> String.join(", ", c.aliases())).setHeader("Aliases").setFlexGrow(3);
        grid.addColumn(c -> claimants.claimCount(c.id())).setHeader("Claims").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> claimants.search(search.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claimants/" + e.getItem().id())));
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setEmptyStateText("No claimants match");
        grid.setSizeFull();

        var toolbar = new HorizontalLayout(search, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(toolbar, grid);
    }
}
