package org.factdesk.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * A claim search as the Claims screen's address, a saved filter and {@code GET /api/v1/claims} all
 * write it: {@code q}, {@code status}, {@code claimant}, {@code attributionCheck}, {@code tag},
 * {@code verdict}, {@code assignee}, {@code anchorState}, {@code documentId}, {@code claimantId} and
 * {@code sort}. Several values of one parameter are given by repeating it or with commas; enum values
 * in any case. Anything else is refused with the parameter it is about.
 */
public record ClaimSearchParameters(ClaimQuery query, ClaimSort.Order order) {

    static final int MAX_QUERY_STRING = 2000;

    public static ClaimSearchParameters of(ClaimQuery query, ClaimSort.Order order) {
        return new ClaimSearchParameters(query, order);
    }

    /** Reads parameters as a web framework hands them over (a name and its values). */
    public static ClaimSearchParameters parse(Map<String, List<String>> parameters, ClaimSort.Order defaultOrder) {
        for (var name : parameters.keySet()) {
            if (!NAMES.contains(name)) {
                throw new InvalidInputException(name, "'" + name + "' is not a claim search parameter; use "
                        + String.join(", ", NAMES));
            }
        }
        var query = new ClaimQuery(id(parameters, "documentId"), enums(ClaimStatus.class, parameters, "status"),
                text(parameters, "q"), text(parameters, "tag"), enums(AnchorState.class, parameters, "anchorState"),
                text(parameters, "claimant"), id(parameters, "claimantId"),
                enums(AttributionCheck.class, parameters, "attributionCheck"), verdicts(parameters),
                text(parameters, "assignee"));
        var sort = text(parameters, "sort");
        return new ClaimSearchParameters(query, sort == null ? defaultOrder : ClaimSort.Order.parse(sort));
    }

    /** Reads a query string ({@code status=IN_REVIEW&assignee=ana}), with or without its leading '?'. */
    public static ClaimSearchParameters parse(String queryString, ClaimSort.Order defaultOrder) {
        if (queryString.length() > MAX_QUERY_STRING) {
            throw new InvalidInputException("query", "a claim search is at most " + MAX_QUERY_STRING + " characters");
        }
        var parameters = new LinkedHashMap<String, List<String>>();
        var s = queryString.startsWith("?") ? queryString.substring(1) : queryString;
        for (var pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                var name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                var value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("query", "'" + pair + "' is not a valid parameter of an address");
            }
        }
        return parse(parameters, defaultOrder);
    }

    /** The parameters that say this search, in a fixed order; the default order is left out. */
    public Map<String, List<String>> toParameters(ClaimSort.Order defaultOrder) {
        var p = new LinkedHashMap<String, List<String>>();
        put(p, "q", query.text());
        put(p, "status", names(query.statuses()));
        put(p, "claimant", query.claimant());
        put(p, "claimantId", query.claimantId() == null ? null : query.claimantId().toString());
        put(p, "attributionCheck", names(query.attributionChecks()));
        put(p, "tag", query.tag());
        put(p, "verdict", new TreeSet<>(query.verdicts()));
        put(p, "assignee", query.assignee());
        put(p, "anchorState", names(query.anchorStates()));
        put(p, "documentId", query.documentId() == null ? null : query.documentId().toString());
        if (!order.equals(defaultOrder)) {
            put(p, "sort", order.format());
        }
        return p;
    }

    /** As a query string without its '?': {@code status=IN_REVIEW&assignee=ana}. */
    public String toQueryString(ClaimSort.Order defaultOrder) {
        var parts = new ArrayList<String>();
        toParameters(defaultOrder).forEach((name, values) -> values.forEach(v -> parts.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", parts);
    }

    private static final List<String> NAMES = List.of("q", "status", "claimant", "claimantId", "attributionCheck", "tag",
            "verdict", "assignee", "anchorState", "documentId", "sort");

    private static void put(Map<String, List<String>> p, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, List.of(value.strip()));
        }
    }

    private static void put(Map<String, List<String>> p, String name, Set<String> values) {
        if (!values.isEmpty()) {
            p.put(name, List.copyOf(values));
        }
    }

    private static <E extends Enum<E>> Set<String> names(Set<E> values) {
        var names = new TreeSet<String>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        var result = new ArrayList<String>();
        for (var v : parameters.getOrDefault(name, List.of())) {
            Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(result::add);
        }
        return result;
    }

    private static @Nullable String text(Map<String, List<String>> parameters, String name) {
        var values = parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
        if (values.size() > 1) {
            throw new InvalidInputException(name, "'" + name + "' is given once");
        }
        return values.isEmpty() ? null : values.getFirst().strip();
    }

    private static @Nullable Long id(Map<String, List<String>> parameters, String name) {
        var value = text(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a " + name + " (a whole number)");
        }
    }

    private static Set<String> verdicts(Map<String, List<String>> parameters) {
        var result = new LinkedHashSet<String>();
        values(parameters, "verdict").forEach(v -> result.add(v.toUpperCase(Locale.ROOT)));
        return result;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Map<String, List<String>> parameters, String name) {
        var result = new LinkedHashSet<E>();
        for (var v : values(parameters, name)) {
            try {
                result.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(name, "'" + v + "' is not a " + name + "; use one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }
        return result;
    }
}
