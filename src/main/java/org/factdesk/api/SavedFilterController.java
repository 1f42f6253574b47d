package org.factdesk.api;

import java.util.List;
import org.factdesk.search.SavedFilterService;
import org.factdesk.search.SavedFilterView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/me/filters}: the caller's saved claim searches; a filter's {@code search} is the
 * query string {@code GET /api/v1/claims} and the Claims screen's address take.
 */
@RestController
@RequestMapping("/api/v1/me/filters")
class SavedFilterController {

    private final SavedFilterService filters;

    SavedFilterController(SavedFilterService filters) {
        this.filters = filters;
    }

    @GetMapping
    List<SavedFilterView> list() {
        return filters.mine();
    }

    record SavedFilterRequest(@Nullable String search) {
    }

    @PutMapping("/{name}")
    SavedFilterView save(@PathVariable String name, @RequestBody SavedFilterRequest request) {
        return filters.save(name, request.search() == null ? "" : request.search());
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        filters.delete(name);
        return ResponseEntity.noContent().build();
    }
}
