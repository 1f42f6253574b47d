package org.factdesk.attribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.AttributionView;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.StatusBadge;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.factdesk.claim.ui.ReaderLinks;

/** One claimant: names, roles, and their track record (every claim attributed to them, with its status and check). */
@Route("claimants/:claimantId")
@PermitAll
class ClaimantPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 name = new H2();
    final Paragraph facts = new Paragraph();
    final Grid<ClaimView> claims = new Grid<>();
    final ComboBox<ClaimantView> mergeInto = new ComboBox<>("Merge into");
    final Button merge = new Button("Merge");
    final Button edit = new Button("Edit names and roles");

    private final ClaimantService claimants;
    private final AttributionService attributions;
    private final ClaimQueries claimQueries;
    private @Nullable ClaimantView claimant;
    private Map<Long, AttributionView> attributionByClaim = Map.of();

    ClaimantPageView(ClaimantService claimants, AttributionService attributions, ClaimQueries claimQueries,
            CurrentUser currentUser) {
        this.claimants = claimants;
        this.attributions = attributions;
        this.claimQueries = claimQueries;
        addClassName("fd-page");
        setSizeFull();
        facts.addClassName("fd-muted");

        claims.addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        claims.addColumn(ClaimView::claimText).setHeader("Claim").setFlexGrow(4);
        claims.addColumn(c -> {
            var a = attributionByClaim.get(c.id());
            return a == null ? "" : a.check().label();
        }).setHeader("Attribution check").setAutoWidth(true);
        claims.addColumn(c -> {
            var a = attributionByClaim.get(c.id());
            return a == null || a.statedRole() == null ? "" : a.statedRole();
        }).setHeader("Stated role");
        claims.addItemClickListener(e -> getUI().ifPresent(ui -> ReaderLinks.openClaim(ui, e.getItem().documentId(),
                e.getItem().id())));
        claims.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        claims.setEmptyStateText("No claims are attributed to this claimant yet");
        claims.setSizeFull();

        mergeInto.setItemLabelGenerator(ClaimantView::label);
        mergeInto.setItems(query -> claimants.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream()
                .filter(c -> claimant == null || c.id() != claimant.id()));
        mergeInto.setHelperText("When two claimants are one: every claim moves over, the names become aliases");
        merge.addThemeVariants(ButtonVariant.ERROR);
        merge.addClickListener(e -> confirmMerge());
        var mergeRow = new HorizontalLayout(mergeInto, merge);
        mergeRow.setAlignItems(Alignment.BASELINE);
        mergeRow.setVisible(currentUser.get().map(u -> u.role().includes(Role.REVIEWER)).orElse(false));

        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setVisible(mergeRow.isVisible());
        edit.addClickListener(e -> {
            var c = claimant;
            if (c != null) {
                new EditClaimantDialog(claimants, c, saved -> {
                    claimant = saved;
                    show();
                }).open();
            }
        });
        add(name, facts, edit, claims, mergeRow);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("claimantId");
        try {
            claimant = claimants.get(id.orElseThrow(() -> new NotFoundException("Claimant", "?")));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        show();
    }

    private void show() {
        var c = claimant;
        if (c == null) {
            return;
        }
        name.setText(c.name());
        var parts = new java.util.ArrayList<String>();
        parts.add(c.kind().label());
        if (!c.aliases().isEmpty()) {
            parts.add("also: " + String.join(", ", c.aliases()));
        }
        c.roles().forEach(r -> parts.add(r.toString()));
        if (c.wikidataId() != null) {
            parts.add("Wikidata " + c.wikidataId());
        }
        if (c.mergedInto() != null) {
            parts.add("merged into claimant " + c.mergedInto());
        }
        facts.setText(String.join(" · ", parts));
        var list = claimQueries.search(new ClaimFilter(null, java.util.Set.of(), null, java.util.Set.of(), null,
                attributions.claimIdsForClaimant(c.id())), PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "createdAt"))).getContent();
        attributionByClaim = attributions.forClaims(list.stream().map(ClaimView::id).toList());
        claims.setItems(list);
    }

    private void confirmMerge() {
        var source = claimant;
        var target = mergeInto.getValue();
        if (source == null || target == null) {
            Notifications.error("Choose the claimant to merge into");
            return;
        }
        var dialog = new ConfirmDialog("Merge " + source.name() + " into " + target.name() + "?",
                "Every claim attributed to " + source.name() + " will be attributed to " + target.name()
                        + ", and the merge is recorded on each claim.", "Merge", e -> {
                            try {
                                var merged = claimants.merge(source.id(), target.id());
                                Notifications.success("Merged into " + merged.name());
                                getUI().ifPresent(ui -> ui.navigate("claimants/" + merged.id()));
                            } catch (RuntimeException ex) {
                                Notifications.refused(ex);
                            }
                        });
        dialog.setCancelable(true);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return claimant == null ? "Claimant" : claimant.name();
    }

}
