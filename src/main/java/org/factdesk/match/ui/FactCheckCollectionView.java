package org.factdesk.match.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.factdesk.base.NotFoundException;
import org.factdesk.match.FactCheckLibraryService;
import org.factdesk.match.FactCheckLibraryService.FactCheck;
import org.springframework.data.domain.PageRequest;

/**
 * One imported collection of fact-checks, browsed and searched: each fact-check's claim, rating,
 * publisher, date and claimant, with a link to the fact-check itself.
 */
@Route("library/collections")
@PermitAll
class FactCheckCollectionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final TextField search = new TextField();
    final Span count = new Span();
    final Grid<FactCheck> grid = new Grid<>();
    private final H3 heading = new H3();
    private final FactCheckLibraryService library;
    private long collectionId;
    private String title = "Fact-check collection";

    FactCheckCollectionView(FactCheckLibraryService library) {
        this.library = library;
        addClassName("fd-page");
        setSizeFull();
        search.setPlaceholder("Words in a claim, rating, publisher or claimant");
        search.setAriaLabel("Search this collection");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(32rem, 100%)");
        search.addValueChangeListener(e -> reload());
        count.addClassName("fd-result-count");
        count.getElement().setAttribute("role", "status");

        grid.addColumn(FactCheck::claim).setHeader("Claim").setFlexGrow(4);
        grid.addColumn(f -> f.rating() == null ? "" : f.rating()).setHeader("Rating").setFlexGrow(1);
        grid.addColumn(f -> f.publisher() == null ? "" : f.publisher()).setHeader("Publisher").setFlexGrow(1);
        grid.addColumn(f -> f.date() == null ? "" : f.date().toString()).setHeader("Date").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> f.claimant() == null ? "" : f.claimant()).setHeader("Claimant").setFlexGrow(1);
        grid.addComponentColumn(f -> {
            var link = new Anchor(f.url(), f.title() == null || f.title().isBlank() ? "Read it" : f.title());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            return link;
        }).setHeader("Fact-check").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No fact-checks match");
        grid.setSizeFull();

        var back = new RouterLink("\u2190 Fact-check library", FactCheckLibraryView.class);
        var tools = new HorizontalLayout(search, count);
        tools.setAlignItems(Alignment.BASELINE);
        add(back, heading, tools, grid);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            var collection = library.collection(id);
            collectionId = id;
            title = collection.name();
            heading.setText(collection.name() + " \u00b7 " + collection.format());
            reload();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void reload() {
        var words = search.getValue();
        long total = library.factChecks(collectionId, words, PageRequest.of(0, 1)).getTotalElements();
        count.setText(total == 1 ? "1 fact-check" : String.format(Locale.ROOT, "%,d fact-checks", total));
        grid.setItems(q -> library.factChecks(collectionId, words, PageRequest.of(q.getPage(), q.getPageSize()))
                .getContent().stream(), q -> (int) Math.min(Integer.MAX_VALUE, total));
    }
}
