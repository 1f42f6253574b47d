package org.factdesk.base.config;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as the README says, by the API's mapper (Spring's, with the settings in
 * application.properties): a value of the wrong JSON type is refused with 422 naming its field,
 * never converted. {@code "start": "0"} is not the number 0, {@code "title": 5} is not the text
 * "5", {@code "active": 1} is not true. A body that names a field twice is refused too: the last
 * value silently winning hides a client's mistake.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .addModule(new tools.jackson.databind.module.SimpleModule("factdesk-storable-text")
                        .addDeserializer(String.class, new StorableStrings()))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * Every string of a request body as it will be stored ({@link org.factdesk.base.Inputs#storable}):
     * without NUL, unpaired surrogates as U+FFFD. A 201 then echoes what PostgreSQL and H2 keep alike
     * (before, {@code "a\\u0000b \\uD800 c"} was echoed as sent and stored as {@code "ab ? c"}).
     */
    static final class StorableStrings extends tools.jackson.databind.deser.jdk.StringDeserializer {

        @Override
        public String deserialize(tools.jackson.core.JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
            return org.factdesk.base.Inputs.storable(super.deserialize(p, ctxt));
        }
    }
}
