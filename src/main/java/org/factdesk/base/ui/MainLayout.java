package org.factdesk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The frame around every view: side navigation by role, the view's title, and the signed-in user. */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    final SideNav nav = new SideNav();
    final Span userName = new Span();

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);

        var appName = new Span("Factdesk");
        appName.addClassName("fd-app-name");
        var brand = new Div(appName);
        brand.addClassName("fd-brand");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        addToDrawer(brand, new Scroller(nav));

        viewTitle.addClassName("fd-view-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var header = new Div(toggle, viewTitle);
        header.addClassName("fd-header");
        authentication.getAuthenticatedUser(UserDetails.class).ifPresent(user -> {
            userName.setText(user.getUsername());
            var userMenu = new MenuBar();
            userMenu.addClassName("fd-user-menu");
            var top = userMenu.addItem(userName);
            top.getElement().setAttribute("aria-label", "Signed in as " + user.getUsername());
            var role = new Span(highestRole(user));
            role.addClassName("fd-role");
            top.add(role);
            top.getSubMenu().addItem("Profile and API tokens", e -> getUI().ifPresent(ui -> ui.navigate("profile")));
            top.getSubMenu().addItem("Sign out", e -> authentication.logout());
            header.add(userMenu);
        });
        addToNavbar(header);
    }

    private static String highestRole(UserDetails user) {
        var names = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        for (var role : new String[] { "ADMIN", "EDITOR", "REVIEWER", "VIEWER" }) {
            if (names.contains("ROLE_" + role)) {
                return role.charAt(0) + role.substring(1).toLowerCase();
            }
        }
        return "";
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() != null
                ? new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))
                : new SideNavItem(entry.title(), entry.path());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
