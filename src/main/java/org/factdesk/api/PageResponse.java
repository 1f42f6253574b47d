package org.factdesk.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** A page of a list, as every list endpoint answers it. */
record PageResponse<T>(List<T> items, int page, int size, long total) {

    static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
