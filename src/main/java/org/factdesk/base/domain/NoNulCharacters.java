package org.factdesk.base.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Drops the NUL character (U+0000) from every text Factdesk stores, whichever door it came through:
 * PostgreSQL cannot store it at all (a text holding one answered 500 there), it means nothing in a
 * claim, a note or a name, and H2 and PostgreSQL now keep the same text. A document's text already
 * loses it on the way in ({@code CanonicalText}). An unpaired surrogate becomes U+FFFD here too
 * ({@link org.factdesk.base.Inputs#storable}).
 */
@Converter(autoApply = true)
public class NoNulCharacters implements AttributeConverter<String, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable String value) {
        return org.factdesk.base.Inputs.storable(value);
    }

    @Override
    public @Nullable String convertToEntityAttribute(@Nullable String value) {
        return value;
    }
}
