package org.factdesk.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.factdesk.base.SystemFlags;
import org.factdesk.base.config.FactdeskProperties;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the sample article on the first start of an empty database, before the web server
 * starts. It runs once: deleting the sample later does not bring it back.
 */
@Component
class SampleDataImporter implements SmartInitializingSingleton {

    static final String FLAG = "sample-data.imported";
    private static final Logger log = LoggerFactory.getLogger(SampleDataImporter.class);

    private final DocumentService documents;
    private final SystemFlags flags;
    private final FactdeskProperties properties;
    private final JsonMapper json;
    private final SystemTask systemTask;

    SampleDataImporter(DocumentService documents, SystemFlags flags, FactdeskProperties properties, JsonMapper json,
            SystemTask systemTask) {
        this.systemTask = systemTask;
        this.documents = documents;
        this.flags = flags;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.sampleData() || flags.isSet(FLAG)) {
            return;
        }
        systemTask.run(() -> {
            if (documents.count() > 0) {
                flags.set(FLAG, "skipped: the database had documents");
                return;
            }
            var data = json.readValue(read("sample-data.json"), SampleData.class);
            for (var doc : data.documents()) {
                var metadata = new DocumentMetadata(doc.title(), doc.sourceUrl(), doc.publisher(), doc.author(),
                        doc.publishedAt(), doc.language());
                var created = documents.create(metadata, read(doc.file()));
                log.info("Imported the sample document '{}' (id {})", created.metadata().title(), created.id());
            }
            flags.set(FLAG, "yes");
        });
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource("sample-data/" + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample data file " + path + " is missing from the build", e);
        }
    }
}
