package org.factdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.base.ui.Notifications;
import org.factdesk.security.ApiTokenService;
import org.factdesk.security.ApiTokenService.TokenInfo;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.factdesk.security.UserSummary;

/** Admins create users, set their roles, reset passwords and deactivate accounts. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final PasswordField password = new PasswordField("Password");
    final Select<Role> role = new Select<>();
    final Button create = new Button("Create user");
    final Grid<UserSummary> users = new Grid<>();

    private final UserService userService;
    private final ApiTokenService tokenService;

    UsersView(UserService userService, ApiTokenService tokenService) {
        this.userService = userService;
        this.tokenService = tokenService;
        addClassName("fd-page");
        setSizeFull();

        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.REVIEWER);
        password.setHelperText("At least 10 characters");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        // A refusal (a taken username, a short password) is said on the field it is about.
        create.addClickListener(e -> org.factdesk.base.ui.FieldErrors.attempt(java.util.Map.of("username", username,
                "displayName", displayName, "password", password, "role", role),
                () -> userService.create(username.getValue(), displayName.getValue(), password.getValue(), role.getValue()))
                .ifPresent(created -> {
                    username.clear();
                    displayName.clear();
                    password.clear();
                    refresh();
                    Notifications.success("User '" + created.username() + "' created");
                }));
        var form = new HorizontalLayout(username, displayName, password, role, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        users.addColumn(UserSummary::username).setHeader("Username").setSortable(true);
        users.addColumn(UserSummary::displayName).setHeader("Display name");
        users.addComponentColumn(this::roleSelect).setHeader("Role");
        users.addComponentColumn(u -> new Span(u.active() ? "active" : "deactivated")).setHeader("Status");
        users.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        users.setSizeFull();
        add(form, users);
        refresh();
    }

    private Select<Role> roleSelect(UserSummary user) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::label);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.username());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                if (Notifications.attempt(() -> userService.changeRole(user.username(), e.getValue()))) {
                    Notifications.success(user.username() + " is now " + e.getValue().label());
                }
                refresh();
            }
        });
        return select;
    }

    private HorizontalLayout actions(UserSummary user) {
        var reset = new Button("Reset password", e -> openResetDialog(user));
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        var tokens = new Button("API tokens", e -> openTokensDialog(user));
        tokens.addThemeVariants(ButtonVariant.TERTIARY);
        tokens.setAriaLabel("API tokens of " + user.username());
        var toggle = new Button(user.active() ? "Deactivate" : "Activate", e -> {
            if (Notifications.attempt(() -> userService.setActive(user.username(), !user.active()))) {
                Notifications.success(user.username() + (user.active() ? " deactivated" : " activated"));
            }
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        if (user.active()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        return new HorizontalLayout(reset, tokens, toggle);
    }

    private void openResetDialog(UserSummary user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.username());
        var newPassword = new PasswordField("New password");
        newPassword.setHelperText("At least 10 characters; tell the user in person. Their API tokens are revoked"
                + " with the old password.");
        dialog.add(new FormLayout(newPassword));
        var save = new Button("Set password", e -> {
            var changed = new UserService.Changed[1];
            if (Notifications.attempt(() -> changed[0] = userService.resetPassword(user.username(),
                    newPassword.getValue()))) {
                dialog.close();
                Notifications.success("Password of " + user.username() + " reset"
                        + revoked(changed[0].tokensRevoked(), "their"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** A user's API tokens, each revocable by the admin (a suspected leak, a leaver's CMS access). */
    private void openTokensDialog(UserSummary user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("API tokens of " + user.username());
        dialog.setWidth("min(56rem, 95vw)");
        var grid = new Grid<TokenInfo>();
        TokenColumns.add(grid, t -> {
            tokenService.revokeOf(user.username(), t.id());
            grid.setItems(tokenService.listOf(user.username()));
        });
        grid.setItems(tokenService.listOf(user.username()));
        dialog.add(grid);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    /** What a new password did to the account's tokens, as the end of a message ("; 2 API tokens revoked"). */
    static String revoked(int tokens, String whose) {
        return tokens == 0 ? "" : "; " + whose + " " + tokens + (tokens == 1 ? " API token was" : " API tokens were")
                + " revoked with the old password";
    }

    private void refresh() {
        users.setItems(userService.list());
    }
}
