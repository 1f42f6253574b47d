package org.factdesk.api;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import org.factdesk.base.Patch;
import org.jspecify.annotations.Nullable;

/**
 * A field of a request body in three states, as a PATCH means them: not sent (leave it as it is),
 * sent as {@code null} (clear it), or sent with a value (set it). Jackson alone reads both of the
 * first two as {@code null} (an {@code Optional} record component too), so this type has its own
 * reader that tells them apart. It also takes values as they are typed: a number where text goes, or
 * text where a number goes, is refused rather than converted (the API answers 422 naming the field).
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

    /** The value sent (null too), or {@code current} when the field was not sent: a PATCH applied to one field. */
    static <T> @Nullable T or(@Nullable Given<T> field, @Nullable T current) {
        return field instanceof Sent<T> sent ? sent.value() : current;
    }

    /** The value sent, or null when it was sent as null or not at all. */
    static <T> @Nullable T value(@Nullable Given<T> field) {
        return field instanceof Sent<T> sent ? sent.value() : null;
    }

    /** The field as the services take a partial update: not sent, sent as null (empty it), or a value. */
    static <T> Patch<T> patch(@Nullable Given<T> field) {
        return field instanceof Sent<T> sent ? Patch.of(sent.value()) : Patch.absent();
    }

    /** Reads the wrapped type with its own reader; knows absent from null. */
    final class Reader extends ValueDeserializer<Given<?>> {

        private final @Nullable JavaType type;
        private final @Nullable ValueDeserializer<Object> inner;

        Reader() {
            this(null, null);
        }

        private Reader(@Nullable JavaType type, @Nullable ValueDeserializer<Object> inner) {
            this.type = type;
            this.inner = inner;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            var wrapped = property.getType().containedTypeOrUnknown(0);
            return new Reader(wrapped, ctxt.findContextualValueDeserializer(wrapped, property));
        }

        @Override
        public Given<?> deserialize(JsonParser p, DeserializationContext ctxt) {
            if (inner == null || type == null) {
                throw new IllegalStateException("Given is read as a property of a request body");
            }
            var token = p.currentToken();
            // A date is written as text ("2021-04-13"), never as a number or a list of numbers.
            boolean text = type.getRawClass() == String.class
                    || java.time.temporal.Temporal.class.isAssignableFrom(type.getRawClass());
            boolean number = Number.class.isAssignableFrom(type.getRawClass());
            boolean truth = type.getRawClass() == Boolean.class;
            if (text && token != JsonToken.VALUE_STRING
                    || number && token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
                    || truth && token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                throw MismatchedInputException.from(p, type, "A " + type.getRawClass().getSimpleName() + " goes here, not "
                        + token);
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
