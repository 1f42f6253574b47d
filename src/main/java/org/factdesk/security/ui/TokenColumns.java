package org.factdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Times;
import org.factdesk.security.ApiTokenService.TokenInfo;

/** API tokens as the profile and an admin's view of a user show them: never a secret, and Revoke while valid. */
final class TokenColumns {

    private TokenColumns() {
    }

    /** Adds the columns; {@code revoke} revokes a token (a refusal is shown) and shows the list again. */
    static void add(Grid<TokenInfo> grid, Consumer<TokenInfo> revoke) {
        grid.addColumn(TokenInfo::name).setHeader("Name");
        grid.addColumn(t -> t.prefix() + "…").setHeader("Token");
        grid.addColumn(t -> Times.when(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Times.when(t.lastUsedAt())).setHeader("Last used");
        grid.addComponentColumn(t -> {
            if (t.revokedAt() != null) {
                return new Div("revoked " + Times.when(t.revokedAt()));
            }
            var button = new Button("Revoke", e -> {
                if (Notifications.attempt(() -> revoke.accept(t))) {
                    Notifications.success("Token '" + t.name() + "' revoked");
                }
            });
            button.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            button.setAriaLabel("Revoke token " + t.name());
            return button;
        }).setHeader("");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No API tokens");
    }
}
