package org.factdesk.base.config;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Factdesk's own settings, bound from {@code factdesk.*} properties or {@code FACTDESK_*}
 * environment variables.
 *
 * @param dataDir where the database and other files live
 * @param adminPassword the password of the first admin; generated and printed when not set
 * @param sampleData whether the sample article is imported into an empty database
 */
@ConfigurationProperties("factdesk")
public record FactdeskProperties(
        @DefaultValue("./data") Path dataDir,
        @Nullable String adminPassword,
        @DefaultValue("true") boolean sampleData) {
}
