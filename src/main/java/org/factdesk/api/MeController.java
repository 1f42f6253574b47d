package org.factdesk.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.factdesk.security.ApiTokenService;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: who is calling, and their personal API tokens (the secret is shown once). */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final CurrentUser currentUser;
    private final ApiTokenService tokens;

    MeController(CurrentUser currentUser, ApiTokenService tokens) {
        this.currentUser = currentUser;
        this.tokens = tokens;
    }

    @GetMapping
    Map<String, Object> me() {
        var user = currentUser.require();
        return Map.of("username", user.getUsername(), "displayName", user.displayName(), "role", user.role().name());
    }

    @GetMapping("/tokens")
    List<ApiTokenService.TokenInfo> list() {
        return tokens.listMine();
    }

    record NewTokenRequest(@Nullable String name) {
    }

    @PostMapping("/tokens")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewTokenRequest request) {
        var created = tokens.create(request.name() == null ? "" : request.name());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.info().id()))
                .body(Map.of("token", created.secret(), "id", created.info().id(), "name", created.info().name(),
                        "note", "Keep the token now: it is not shown again"));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
