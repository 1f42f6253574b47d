package org.factdesk.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.claim.ClaimEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A claim event as the audit trail stores it: its type (the record's name) and its parts as a JSON
 * object, without the header (claim, document, who and when have columns of their own). Read back,
 * the same type and parts give the same event.
 */
public final class EventJson {

    /** Every part must be in the stored object (written as null when it has no value). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES).build();

    /** Every type of claim event by its stored name: the sealed family's members, nothing else. */
    static final Map<String, Class<? extends ClaimEvent>> TYPES = Arrays.stream(ClaimEvent.class.getPermittedSubclasses())
            .map(c -> c.asSubclass(ClaimEvent.class))
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventJson() {
    }

    /** The event's parts without its header, as compact JSON. */
    public static String payload(ClaimEvent event) {
        ObjectNode node = JSON.valueToTree(event);
        node.remove("header");
        return JSON.writeValueAsString(node);
    }

    /** The event's parts as a map of JSON values (for the API's history). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parts(ClaimEvent event) {
        ObjectNode node = JSON.valueToTree(event);
        node.remove("header");
        return JSON.convertValue(node, Map.class);
    }

    /**
     * The event of a stored type and payload; empty when the type is none of the family's or the
     * payload does not make one (a row written by hand, a damaged backup), never an exception.
     */
    static Optional<ClaimEvent> read(@Nullable String type, @Nullable String payload, ClaimEvent.Header header) {
        var kind = type == null ? null : TYPES.get(type);
        if (kind == null || payload == null) {
            return Optional.empty();
        }
        try {
            if (!(JSON.readTree(payload) instanceof ObjectNode node)) {
                return Optional.empty();
            }
            node.set("header", JSON.valueToTree(header));
            var event = JSON.treeToValue(node, kind);
            return complete(event) ? Optional.of(event) : Optional.empty();
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether every part the event always has is there: a record component not marked
     * {@code @Nullable} holds a value, in the event and in the records inside it. Checked on read, so
     * a payload with a part left out or written as null is read from the text columns instead.
     */
    static boolean complete(ClaimEvent event) {
        return event instanceof Record record && complete(record);
    }

    private static boolean complete(Record value) {
        for (var component : value.getClass().getRecordComponents()) {
            Object part;
            try {
                part = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                return false;
            }
            if (part == null) {
                if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    return false;
                }
            } else if (part instanceof Record inner && !complete(inner)) {
                return false;
            }
        }
        return true;
    }
}
