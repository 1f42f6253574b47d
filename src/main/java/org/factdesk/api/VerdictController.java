package org.factdesk.api;

import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.verification.VerdictScaleService;
import org.factdesk.verification.VerdictView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The verdict scale: {@code GET /verdicts}; admins change it under {@code /admin/verdicts}. */
@RestController
class VerdictController {

    private final VerdictScaleService scale;

    VerdictController(VerdictScaleService scale) {
        this.scale = scale;
    }

    @GetMapping("/api/v1/verdicts")
    List<VerdictView> list() {
        return scale.scale();
    }

    record VerdictRequest(@Nullable String code, @Nullable String label, @Nullable String color,
            @Nullable Integer position, @Nullable Integer rating) {
    }

    @PostMapping("/api/v1/admin/verdicts")
    ResponseEntity<VerdictView> create(@RequestBody VerdictRequest request) {
        if (request.code() == null || request.label() == null || request.color() == null) {
            throw new InvalidInputException("code", "A verdict needs a code, a label and a colour");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(scale.create(request.code(), request.label(), request.color(), request.position(), request.rating()));
    }

    @PatchMapping("/api/v1/admin/verdicts/{code}")
    VerdictView update(@PathVariable String code, @RequestBody VerdictRequest request) {
        var current = scale.find(code).orElseThrow(() -> new org.factdesk.base.NotFoundException("Verdict", code));
        return scale.update(code, request.label() == null ? current.label() : request.label(),
                request.color() == null ? current.color() : request.color(),
                request.position() == null ? current.position() : request.position(),
                request.rating() == null ? current.rating() : request.rating());
    }

    @DeleteMapping("/api/v1/admin/verdicts/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        scale.delete(code);
        return ResponseEntity.noContent().build();
    }
}
