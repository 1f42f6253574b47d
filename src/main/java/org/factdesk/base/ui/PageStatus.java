package org.factdesk.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * The status of a full page load, as the error views inside the application say it: 404 for an address
 * that is no screen, 403 for a screen the signed-in user's role does not allow. The page itself is sent
 * before Vaadin routes (the view comes with the application's first request), so the status the error
 * views return would come too late for the page; this sets it on the page from the same facts.
 */
@Component
class PageStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(PageStatus::set);
    }

    private static void set(IndexHtmlResponse response) {
        var request = response.getVaadinRequest();
        var page = response.getVaadinResponse();
        if (request == null || page == null || request.getUserPrincipal() == null) {
            return;
        }
        var path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/+", "");
        var route = RouteConfiguration.forApplicationScope().getRoute(path);
        if (route.isEmpty()) {
            page.setStatus(HttpStatusCode.NOT_FOUND.getCode());
            return;
        }
        var roles = route.get().getAnnotation(RolesAllowed.class);
        if (roles != null && Arrays.stream(roles.value()).noneMatch(request::isUserInRole)) {
            page.setStatus(HttpStatusCode.FORBIDDEN.getCode());
        }
    }
}
