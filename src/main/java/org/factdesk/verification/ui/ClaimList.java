package org.factdesk.verification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.StatusBadge;
import org.factdesk.claim.ui.ReaderLinks;

/** A compact list of claims that opens a claim in its document when clicked. */
class ClaimList extends Grid<ClaimView> {

    ClaimList(String emptyText) {
        addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        addColumn(ClaimView::claimText).setHeader("Claim").setFlexGrow(1);
        addItemClickListener(e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui, e.getItem().documentId(),
                e.getItem().id())));
        addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        setEmptyStateText(emptyText);
        setAllRowsVisible(true);
    }

    void show(List<ClaimView> claims) {
        setItems(claims);
    }
}
