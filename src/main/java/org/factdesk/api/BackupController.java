package org.factdesk.api;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factdesk.backup.BackupService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * ADMIN only: a consistent backup of the running database that {@code restore} reads: a zip on H2,
 * a pg_dump custom-format file on PostgreSQL.
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
            }
        };
        var name = "factdesk-backup-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "." + taken.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(taken.mediaType()))
                .contentLength(size)
                .header("X-Factdesk-Backup-Tool", taken.tool())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
