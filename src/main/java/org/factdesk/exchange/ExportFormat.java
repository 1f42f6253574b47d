package org.factdesk.exchange;

import java.io.OutputStream;
import org.factdesk.base.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads the Factdesk JSON export ({@link DocumentExport}). Reading checks the kind and
 * version first, brings a version 1 file (each claim's review nested under {@code review}) to the
 * version 2 shape, then binds it to the records: a value of the wrong type anywhere is refused
 * naming where it is.
 */
public final class ExportFormat {

    /** The largest export read: 50 MB. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private ExportFormat() {
    }

    public static void write(DocumentExport export, OutputStream out) {
        JSON.writeValue(out, export);
    }

    /** Reads an export of version 1 or 2; anything else is refused with what is wrong. */
    public static DocumentExport read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "The file is larger than 50 MB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInputException("file", "This is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode object) || !DocumentExport.KIND.equals(root.path("kind").asString(""))) {
            throw new InvalidInputException("kind", "This is not a Factdesk document export (its \"kind\" is not \""
                    + DocumentExport.KIND + "\")");
        }
        int version = root.path("version").asInt(0);
        if (version < 1 || version > DocumentExport.VERSION) {
            throw new InvalidInputException("version", "This export has version " + version + "; this Factdesk reads "
                    + "versions 1 to " + DocumentExport.VERSION);
        }
        if (version == 1) {
            upgradeFromVersion1(object);
        }
        try {
            return JSON.treeToValue(object, DocumentExport.class);
        } catch (JacksonException e) {
            // A value of the wrong type deep in the file (a word where a number belongs): the file's fault, said so.
            throw new InvalidInputException("document", "The export has a value of the wrong type at "
                    + where(e) + ": " + e.getOriginalMessage());
        }
    }

    /** Where in the file a value was refused, as a path of fields and indexes: {@code claims[0].start}. */
    private static String where(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
        }
        return path.isEmpty() ? "the top" : path.toString();
    }

    /** Version 1 nested each claim's review under {@code review}; version 2 has the API's flat fields. */
    private static void upgradeFromVersion1(ObjectNode root) {
        for (var claim : root.path("claims")) {
            if (claim instanceof ObjectNode c && c.get("review") instanceof ObjectNode review) {
                c.remove("review");
                review.properties().forEach(field -> {
                    if (!c.has(field.getKey())) {
                        c.set(field.getKey(), field.getValue());
                    }
                });
            }
        }
        root.put("version", DocumentExport.VERSION);
    }
}
