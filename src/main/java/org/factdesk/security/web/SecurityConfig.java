package org.factdesk.security.web;

import org.factdesk.security.ApiTokenService;
import org.factdesk.security.Role;
import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.factdesk.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.util.Map;

/**
 * Two doors: the REST API under /api (HTTP Basic or a personal token, no session, no CSRF token
 * since nothing there relies on cookies) and the Vaadin UI (a sign-in form and a session).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, SecurityContextHolderStrategy contexts,
            UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            @Value("${factdesk.publishing.public-pages:false}") boolean publicPages) throws Exception {
        // The OpenAPI document describes the API and is read the way the API is: Basic or a token.
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(
                        new CachingBasicAuthenticationProvider(users, passwordEncoder), throttle)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginThrottle.ThrottledException throttled) {
                        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                        ProblemResponses.write(response, 429, "Too Many Requests", throttled.getMessage());
                        return;
                    }
                    challenge(request, response);
                }))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> challenge(request, response))
                        .accessDeniedHandler((request, response, e) -> ProblemResponses.write(response, 403,
                                "Forbidden", "Your role does not allow this")))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, contexts), BasicAuthenticationFilter.class)
                // The least role each endpoint needs, checked on the URL before the body is read, so
                // a caller who may not write never gets the server to parse what they sent. The
                // services check the same roles again (@PreAuthorize) for the UI and the CLI.
                .authorizeHttpRequests(auth -> {
                    var document = auth.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**");
                    if (publicPages) {
                        document.permitAll();
                    } else {
                        document.authenticated();
                    }
                })
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/me/tokens", "/api/v1/suggest", "/api/v1/match")
                        .authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/me/tokens/*").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/me/filters/*").authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/me/filters/*").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/documents/import").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/documents/*").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/documents/*/archived").hasRole(Role.EDITOR.name())
                        .requestMatchers("/api/v1/library/collections", "/api/v1/library/collections/*")
                        .hasRole(Role.EDITOR.name())
                        .anyRequest().hasRole(Role.REVIEWER.name()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, @Value("${factdesk.publishing.public-pages:false}") boolean publicPages)
            throws Exception {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)));
        // Security headers: SecurityHeadersFilter, which also covers pages served outside this chain.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/frontend/**").permitAll());
        if (publicPages) {
            // The desk's published fact checks and their feed, for readers and platforms (read only).
            http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/published", "/published/**")
                    .permitAll());
        }
        // Addresses that are no screen reach Vaadin when signed in, to show "No such page" (404) in the
        // application; signed out, they lead to the sign-in page like every screen.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?signed-out")
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * 401 for the API. Scripts and command-line clients are invited to use Basic; a browser is not
     * (it would ask for a password, then send it with every request any site makes it send), so a
     * request a browser marks as its own gets a Bearer challenge instead.
     */
    static void challenge(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        var accept = request.getHeader("Accept");
        boolean browser = request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || (accept != null && accept.contains("text/html"));
        response.setHeader("WWW-Authenticate", (browser ? "Bearer" : "Basic") + " realm=\"Factdesk\"");
        ProblemResponses.write(response, 401, "Unauthorized",
                "Sign in with HTTP Basic or send 'Authorization: Bearer <token>' with a personal API token");
    }

    /** Argon2id for new hashes; bcrypt hashes from elsewhere are still accepted and upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = Map.<String, PasswordEncoder>of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }
}
