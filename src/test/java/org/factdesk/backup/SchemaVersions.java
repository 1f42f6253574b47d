package org.factdesk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** This build's newest schema version, read from its Flyway migrations, so tests need no edit per migration. */
final class SchemaVersions {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.(sql|class)");

    private SchemaVersions() {
    }

    static int latest() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*__*.*");
            return Arrays.stream(resources).map(r -> VERSION.matcher(String.valueOf(r.getFilename())))
                    .filter(java.util.regex.Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
