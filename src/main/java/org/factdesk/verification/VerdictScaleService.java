package org.factdesk.verification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The verdict scale. Everyone reads it; admins rename, recolour, reorder and extend it. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class VerdictScaleService {

    private final VerdictRepository verdicts;
    private final ReviewRepository reviews;

    VerdictScaleService(VerdictRepository verdicts, ReviewRepository reviews) {
        this.verdicts = verdicts;
        this.reviews = reviews;
    }

    @Transactional(readOnly = true)
    public List<VerdictView> scale() {
        return verdicts.findAllByOrderByPositionAsc().stream().map(Verdict::view).toList();
    }

    @Transactional(readOnly = true)
    public Map<String, VerdictView> byCode() {
        return scale().stream().collect(Collectors.toMap(VerdictView::code, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<VerdictView> find(String code) {
        return verdicts.findById(code).map(Verdict::view);
    }

    /**
     * Whether the verdict is on the scale, holding its row until the caller's transaction ends, so
     * that it cannot be deleted before a claim that uses it is saved. The database's foreign key is
     * not enough on its own: H2 checks it without locking the verdict, and a verdict set while it was
     * deleted left a claim with a verdict off the scale (and a backup that could not be restored).
     */
    @Transactional
    public boolean holdForUse(String code) {
        return !verdicts.lockByCode(code).isEmpty();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public VerdictView create(String code, String label, String color, @Nullable Integer position, @Nullable Integer rating) {
        var normalized = Verdict.validCode(code.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_"));
        if (verdicts.existsById(normalized)) {
            throw new InvalidInputException("code", "The verdict " + normalized + " exists already");
        }
        int pos = position != null ? position : scale().size() + 1;
        return verdicts.saveAndFlush(new Verdict(normalized, label, color, pos, rating)).view();
    }

    /** Adds a verdict an imported review uses, if this scale lacks it. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public VerdictView ensure(String code, String label, String color, int position, @Nullable Integer rating) {
        return verdicts.findById(code).map(Verdict::view)
                .orElseGet(() -> verdicts.saveAndFlush(new Verdict(code, label, color, position, rating)).view());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public VerdictView update(String code, String label, String color, int position, @Nullable Integer rating) {
        var verdict = verdicts.findById(code).orElseThrow(() -> new NotFoundException("Verdict", code));
        verdict.update(label, color, position, rating);
        verdicts.flush();
        return verdict.view();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(String code) {
        // The row first (a claim being given this verdict holds it), then whether any claim uses it.
        if (verdicts.lockByCode(code).isEmpty()) {
            throw new NotFoundException("Verdict", code);
        }
        var verdict = verdicts.findById(code).orElseThrow(() -> new NotFoundException("Verdict", code));
        long inUse = reviews.countByVerdict(code);
        if (inUse > 0) {
            throw new InvalidInputException("code", "The verdict " + verdict.view().label() + " is used by " + inUse
                    + (inUse == 1 ? " claim" : " claims") + " and cannot be deleted; rename it instead");
        }
        if (code.equals(VerdictView.UNPROVEN)) {
            throw new InvalidInputException("code", "Unproven is part of the workflow's rules and cannot be deleted");
        }
        verdicts.delete(verdict);
    }
}
