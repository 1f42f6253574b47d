package org.factdesk.search;

import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's saved claim searches ("my in-review claims"). A saved filter belongs to whoever
 * saved it: nobody else sees, changes or removes it. Its search is checked as the Claims screen and
 * the API check one, so a saved filter always opens.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class SavedFilterService {

    /** Enough for a desk's work queues; more is a sign of saving by accident. */
    static final int MAX_PER_PERSON = 50;

    private final SavedFilterRepository filters;
    private final CurrentUser currentUser;

    SavedFilterService(SavedFilterRepository filters, CurrentUser currentUser) {
        this.filters = filters;
        this.currentUser = currentUser;
    }

    /** My saved filters, by name. */
    @Transactional(readOnly = true)
    public List<SavedFilterView> mine() {
        return filters.findByUsernameOrderByNameAsc(me()).stream().map(SavedFilter::view).toList();
    }

    /**
     * Saves a search under a name, or changes the search of my filter with that name. The search is
     * written again in its one canonical form (parameters in a fixed order, the default order left out).
     */
    @Transactional
    public SavedFilterView save(String name, String search) {
        var trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "A saved filter needs a name");
        }
        if (trimmed.length() > SavedFilter.NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "A saved filter's name is at most " + SavedFilter.NAME_MAX_LENGTH
                    + " characters");
        }
        var canonical = ClaimSearchParameters.parse(search == null ? "" : search, ClaimSort.Order.NEWEST_CHANGE)
                .toQueryString(ClaimSort.Order.NEWEST_CHANGE);
        if (canonical.length() > ClaimSearchParameters.MAX_QUERY_STRING) {
            throw new InvalidInputException("search", "a claim search is at most "
                    + ClaimSearchParameters.MAX_QUERY_STRING + " characters");
        }
        var me = me();
        var existing = filters.findByUsernameAndName(me, trimmed);
        if (existing.isPresent()) {
            existing.get().change(canonical);
            return existing.get().view();
        }
        if (filters.countByUsername(me) >= MAX_PER_PERSON) {
            throw new InvalidInputException("name", "You have " + MAX_PER_PERSON + " saved filters, as many as one"
                    + " person keeps; remove one first");
        }
        return filters.save(new SavedFilter(me, trimmed, canonical)).view();
    }

    /** Removes my filter with that name. */
    @Transactional
    public void delete(String name) {
        var filter = filters.findByUsernameAndName(me(), name == null ? "" : name.strip())
                .orElseThrow(() -> new NotFoundException("Your saved filter", "'" + name + "'"));
        filters.delete(filter);
    }

    private String me() {
        return currentUser.require().getUsername();
    }
}
