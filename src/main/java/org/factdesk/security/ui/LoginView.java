package org.factdesk.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page. Public because the security configuration names it. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Factdesk")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    final Paragraph notice = new Paragraph();

    LoginView() {
        addClassName("fd-login");
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Factdesk");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage("The username or password is not right, or the account is deactivated.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        notice.addClassName("fd-login-notice");
        notice.setVisible(false);
        var box = new Div(login, notice);
        box.addClassName("fd-login-box");
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        if (parameters.containsKey("error")) {
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            var wrapped = session == null ? null : session.getSession();
            var last = wrapped == null ? null : wrapped.getAttribute("SPRING_SECURITY_LAST_EXCEPTION");
            if (last instanceof org.springframework.security.authentication.LockedException locked) {
                var i18n = LoginI18n.createDefault();
                i18n.getForm().setTitle("Sign in to Factdesk");
                i18n.getForm().setSubmit("Sign in");
                i18n.getErrorMessage().setTitle("Sign-in paused");
                i18n.getErrorMessage().setMessage(locked.getMessage());
                login.setI18n(i18n);
            }
        }
        if (parameters.containsKey("signed-out")) {
            notice.setText("You are signed out.");
            notice.setVisible(true);
        }
        if (parameters.containsKey("access-changed") || parameters.containsKey("session-ended")) {
            // Either way the page's session is over: a changed role, password or deactivation, or time.
            notice.setText(parameters.containsKey("access-changed")
                    ? "Your access changed (your role, your password, or your account was deactivated), so you were"
                            + " signed out. Sign in again."
                    : "Your session ended: an administrator changed your access, or it timed out. Sign in again.");
            notice.setVisible(true);
        }
    }
}
