package org.factdesk.api;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import org.jspecify.annotations.Nullable;

/**
 * A field of a request body in three states, as a PATCH means them: not sent (leave it as it is),
 * sent as {@code null} (clear it), or sent with a value (set it). Jackson alone reads both of the
 * first two as {@code null} (an {@code Optional} record component too), so this type has its own
 * reader that tells them apart.
 */
@JsonDeserialize(using = Given.Reader.class)
sealed interface Given<T> {

    /** Not in the body. */
    record Absent<T>() implements Given<T> {
    }

    /** Sent, as {@code null} or as a value. */
    record Sent<T>(@Nullable T value) implements Given<T> {
    }

    /** Whether the body had the field; a record component left out of the body reads as absent. */
    static boolean sent(@Nullable Given<?> field) {
        return field instanceof Sent<?>;
    }

    /** The value sent, or null when it was sent as null or not at all. */
    static <T> @Nullable T value(@Nullable Given<T> field) {
        return field instanceof Sent<T> sent ? sent.value() : null;
    }

    /** Reads the wrapped type with its own reader; knows absent from null. */
    final class Reader extends ValueDeserializer<Given<?>> {

        private final @Nullable ValueDeserializer<Object> inner;

        Reader() {
            this(null);
        }

        private Reader(@Nullable ValueDeserializer<Object> inner) {
            this.inner = inner;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            var type = property.getType().containedTypeOrUnknown(0);
            return new Reader(ctxt.findContextualValueDeserializer(type, property));
        }

        @Override
        public Given<?> deserialize(JsonParser p, DeserializationContext ctxt) {
            if (inner == null) {
                throw new IllegalStateException("Given is read as a property of a request body");
            }
            return new Sent<>(inner.deserialize(p, ctxt));
        }

        @Override
        public Given<?> getNullValue(DeserializationContext ctxt) {
            return new Sent<>(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return new Absent<>();
        }
    }
}
