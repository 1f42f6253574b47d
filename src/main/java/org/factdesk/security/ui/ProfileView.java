package org.factdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Times;
import org.factdesk.security.ApiTokenService;
import org.factdesk.security.ApiTokenService.TokenInfo;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.UserService;

/** The signed-in user's own page: their role, their password, and their personal API tokens. */
@Route("profile")
@PageTitle("Profile")
@PermitAll
class ProfileView extends VerticalLayout {


    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final Button changePassword = new Button("Change password");
    final TextField tokenName = new TextField("Token name");
    final Button createToken = new Button("Create token");
    final Grid<TokenInfo> tokens = new Grid<>();
    final Dialog newTokenDialog = new Dialog();
    final Pre newTokenSecret = new Pre();

    private final ApiTokenService tokenService;

    ProfileView(CurrentUser currentUser, UserService userService, ApiTokenService tokenService) {
        this.tokenService = tokenService;
        addClassName("fd-page");
        var user = currentUser.require();
        add(new H2(user.displayName()),
                new Paragraph("Username " + user.getUsername() + " · role " + user.role().label()));

        newPassword.setHelperText("At least 10 characters");
        changePassword.addClickListener(e -> {
            var revoked = new int[1];
            if (Notifications.attempt(() -> revoked[0] = userService.changeOwnPassword(currentPassword.getValue(),
                    newPassword.getValue()))) {
                currentPassword.clear();
                newPassword.clear();
                refreshTokens();
                Notifications.success("Your password is changed" + UsersView.revoked(revoked[0], "your"));
            }
        });
        add(new H2("Password"), new HorizontalLayout(currentPassword, newPassword, changePassword) {
            {
                setAlignItems(Alignment.BASELINE);
                setWrap(true);
            }
        });

        tokenName.setPlaceholder("e.g. newsroom CMS");
        createToken.addThemeVariants(ButtonVariant.PRIMARY);
        createToken.addClickListener(e -> Notifications.attempt(() -> {
            var created = tokenService.create(tokenName.getValue());
            tokenName.clear();
            newTokenSecret.setText(created.secret());
            newTokenDialog.open();
            refreshTokens();
        }));
        TokenColumns.add(tokens, t -> {
            tokenService.revoke(t.id());
            refreshTokens();
        });
        tokens.setEmptyStateText("No API tokens yet");

        newTokenDialog.setHeaderTitle("Your new API token");
        newTokenSecret.addClassName("fd-secret");
        newTokenDialog.add(new Paragraph("Copy it now: it is shown only this once. Send it as "
                + "'Authorization: Bearer <token>'."), newTokenSecret);
        newTokenDialog.getFooter().add(new Button("Done", e -> {
            newTokenSecret.setText("");
            newTokenDialog.close();
        }));

        add(new H2("API tokens"), new Paragraph("Personal tokens let other tools use the REST API as you."),
                new HorizontalLayout(tokenName, createToken) {
                    {
                        setAlignItems(Alignment.BASELINE);
                    }
                }, tokens);
        refreshTokens();
    }

    private void refreshTokens() {
        tokens.setItems(tokenService.listMine());
    }
}
