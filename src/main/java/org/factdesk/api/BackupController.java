package org.factdesk.api;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factdesk.backup.BackupService;
import org.factdesk.backup.Manifest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * ADMIN only: a consistent backup of the running database that {@code restore} reads: Factdesk's
 * own format (a zip of rows with a manifest), the same on H2 and PostgreSQL.
 */
@RestController
class BackupController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/api/v1/admin/backup")
    ResponseEntity<StreamingResponseBody> backup() throws Exception {
        var taken = backups.create();
        var file = taken.file();
        long size = Files.size(file);
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            }
        };
        var name = "factdesk-backup-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(size)
                .header("X-Factdesk-Backup-Format", Manifest.FORMAT + "/" + Manifest.VERSION)
                .header("X-Factdesk-Schema-Version", taken.manifest().schemaVersion())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
