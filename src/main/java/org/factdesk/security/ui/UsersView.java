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

    UsersView(UserService userService) {
        this.userService = userService;
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
        return new HorizontalLayout(reset, toggle);
    }

    private void openResetDialog(UserSummary user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.username());
        var newPassword = new PasswordField("New password");
        newPassword.setHelperText("At least 10 characters; tell the user in person");
        dialog.add(new FormLayout(newPassword));
        var save = new Button("Set password", e -> {
            if (Notifications.attempt(() -> userService.resetPassword(user.username(), newPassword.getValue()))) {
                dialog.close();
                Notifications.success("Password of " + user.username() + " reset");
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        users.setItems(userService.list());
    }
}
