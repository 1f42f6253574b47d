package org.factdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * "No such page" inside the application's layout, with status 404: an address that is no screen, or a
 * screen's thing that does not exist ("No document 99999"), which the screen names when it reroutes here.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    final H2 heading = new H2();
    final Paragraph message = new Paragraph();

    public NotFoundView() {
        addClassName("fd-error-view");
        add(heading, message, new Anchor("documents", "Go to the documents"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        if (parameter.hasCustomMessage() && !parameter.getCustomMessage().startsWith("Couldn't find route")) {
            heading.setText(parameter.getCustomMessage());
            message.setText("It may have been deleted, or the address may be mistyped: /" + path);
        } else {
            heading.setText("No such page");
            message.setText("Factdesk has no page at /" + path + ".");
        }
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
