package org.factdesk.base;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a partial update, in the three states a PATCH means: left as it is ({@link Absent}),
 * emptied ({@link Cleared}), or given a value ({@link Value}). The one way every edit in Factdesk says
 * which fields it changes (a claim's own fields, its attribution, its review), whoever sends it: the API
 * (a field not sent, sent as null, sent with a value), a screen, an import.
 */
public sealed interface Patch<T> {

    /** Not part of the update: the field keeps its value. */
    record Absent<T>() implements Patch<T> {
    }

    /** The field is emptied. */
    record Cleared<T>() implements Patch<T> {
    }

    /** The field takes this value. */
    record Value<T>(T value) implements Patch<T> {
        public Value {
            Objects.requireNonNull(value, "a Patch.Value holds a value; use Patch.cleared() to empty a field");
        }
    }

    static <T> Patch<T> absent() {
        return new Absent<>();
    }

    static <T> Patch<T> cleared() {
        return new Cleared<>();
    }

    /** Sets the field to {@code value}, or empties it when that is null. */
    static <T> Patch<T> of(@Nullable T value) {
        return value == null ? new Cleared<>() : new Value<>(value);
    }

    /** Sets the field to {@code value}, or leaves it alone when that is null (a form field left blank). */
    static <T> Patch<T> ifGiven(@Nullable T value) {
        return value == null ? new Absent<>() : new Value<>(value);
    }

    /** Whether the update names this field (to set or to empty it). */
    default boolean present() {
        return !(this instanceof Absent<T>);
    }

    /** The field's value after the update: the new value, null when emptied, {@code current} when absent. */
    default @Nullable T or(@Nullable T current) {
        return switch (this) {
            case Absent<T> a -> current;
            case Cleared<T> c -> null;
            case Value<T> v -> v.value();
        };
    }

    /** The new value, or null when the field is emptied or absent. */
    default @Nullable T valueOrNull() {
        return this instanceof Value<T> v ? v.value() : null;
    }

    /** The same update on a converted value (checked, parsed); absent and cleared stay so. */
    default <R> Patch<R> map(Function<? super T, ? extends @Nullable R> convert) {
        return switch (this) {
            case Absent<T> a -> new Absent<>();
            case Cleared<T> c -> new Cleared<>();
            case Value<T> v -> of(convert.apply(v.value()));
        };
    }
}
