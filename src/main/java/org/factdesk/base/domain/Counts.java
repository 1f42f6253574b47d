package org.factdesk.base.domain;

import java.util.EnumMap;

/** Counts per value of an enum (a status, a stance, a check), every value present from zero. */
public final class Counts {

    private Counts() {
    }

    public static <E extends Enum<E>> EnumMap<E, Long> zeroed(Class<E> type) {
        var counts = new EnumMap<E, Long>(type);
        for (var value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }
}
