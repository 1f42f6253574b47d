package org.factdesk.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A fixed split of development data into a tuning half and an untouched half by group (a page's
 * site, an article's publisher), so that nothing of one group is seen while tuning and scored while
 * reporting. The groups are ordered by the SHA-256 of their names and dealt out in turn, starting with
 * the tuning half: the split depends on nothing but the names, and both halves get as many groups as
 * can be.
 */
public final class GroupSplit {

    /** The two halves. */
    public enum Half {
        TUNING("tuning half"), UNTOUCHED("untouched half");

        public final String label;

        Half(String label) {
            this.label = label;
        }
    }

    private final Map<String, Half> halves = new HashMap<>();

    private GroupSplit(Collection<String> groups) {
        var ordered = groups.stream().distinct().sorted((a, b) -> digest(a).compareTo(digest(b))).toList();
        for (int i = 0; i < ordered.size(); i++) {
            halves.put(ordered.get(i), i % 2 == 0 ? Half.TUNING : Half.UNTOUCHED);
        }
    }

    public static GroupSplit of(Collection<String> groups) {
        return new GroupSplit(groups);
    }

    public Half half(String group) {
        var half = halves.get(group);
        if (half == null) {
            throw new IllegalArgumentException("not one of the split's groups: " + group);
        }
        return half;
    }

    static String digest(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
