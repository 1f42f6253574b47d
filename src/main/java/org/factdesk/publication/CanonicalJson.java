package org.factdesk.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a publication is written as text: properties in alphabetical order, no spaces, dates
 * as ISO-8601, UTF-8. The same record always gives the same bytes, so its SHA-256 is its identity.
 */
public final class CanonicalJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Records are created through their constructors; without this, their properties would
            // come in the constructor's order, whatever the alphabet says.
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {
    }

    /** An empty JSON object to build a document in (feeds, ClaimReview). */
    public static tools.jackson.databind.node.ObjectNode prettyNode() {
        return JSON.createObjectNode();
    }

    public static String write(PublishedCheck check) {
        return JSON.writeValueAsString(check);
    }

    public static PublishedCheck read(String body) {
        return JSON.readValue(body, PublishedCheck.class);
    }

    /** The lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * JSON that may sit inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &}
     * (and the line separators some parsers end a script at) written as {@code \}{@code uXXXX}
     * escapes. In JSON text these characters occur only inside strings, where the escape means the
     * same character, so the data is unchanged and nothing in it can end the element.
     */
    public static String scriptSafe(String json) {
        var out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
