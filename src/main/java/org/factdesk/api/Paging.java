package org.factdesk.api;

import org.factdesk.base.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Checks the {@code page} and {@code size} parameters of list endpoints. */
final class Paging {

    static final int MAX_SIZE = 500;

    private Paging() {
    }

    static PageRequest of(int page, int size, Sort sort) {
        if (page < 0) {
            throw new InvalidInputException("page", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size is between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size, sort);
    }
}
