package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * A signed-in user opening a screen their role does not allow sees, inside the application's layout,
 * which role the screen needs ("You need the ADMIN role for Users"), with status 403. (Someone not signed
 * in is sent to sign in instead, and learns nothing about which screens exist.)
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    final H2 heading = new H2("Not for your role");
    final Paragraph message = new Paragraph();

    public AccessDeniedView() {
        addClassName("fd-error-view");
        add(heading, message, new Anchor("documents", "Go to the documents"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = event.getLocation().getPath();
        Optional<Class<? extends Component>> target = RouteConfiguration.forApplicationScope().getRoute(path);
        var roles = target.map(t -> t.getAnnotation(RolesAllowed.class)).map(RolesAllowed::value).orElse(null);
        var title = target.map(t -> t.getAnnotation(PageTitle.class)).map(PageTitle::value).orElse("/" + path);
        message.setText(roles == null || roles.length == 0 ? "Your role does not allow " + title + "."
                : "You need the " + String.join(" or ", roles) + " role for " + title
                        + ". An administrator can give it to you under Users.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
