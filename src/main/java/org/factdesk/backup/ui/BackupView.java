package org.factdesk.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factdesk.backup.BackupService;

/**
 * Admins take a backup in the browser: the same file as {@code POST /api/v1/admin/backup} and the
 * command line's {@code backup}, taken when the link is followed. Restoring happens outside the
 * running app (it needs an empty place), so the screen says how.
 */
@Route("admin/backup")
@PageTitle("Backup")
@Menu(order = 92, icon = "vaadin:archive", title = "Backup")
@RolesAllowed("ADMIN")
class BackupView extends VerticalLayout {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    final Anchor download;

    final Paragraph database = new Paragraph();

    BackupView(BackupService backups, org.factdesk.base.config.EmbeddedDatabaseFile databaseFile) {
        addClassName("fd-page");
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var taken = backups.create();
            var file = taken.file();
            var name = "factdesk-backup-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + ".zip";
            var in = new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(file.getParent());
                }
            };
            return new DownloadResponse(in, name, "application/zip", Files.size(file));
        }), "Download a backup now");
        download.getElement().setAttribute("download", true);
        add(new H2("Backup"),
                new Paragraph("A backup holds every document, claim, attribution, piece of evidence, verdict, comment,"
                        + " audit entry, user and API token, read in one consistent snapshot while the desk keeps"
                        + " working. It is data only (a zip of rows with a manifest of counts and checksums), never"
                        + " code, and the same whichever database this desk runs on."),
                download,
                new Paragraph("Keep backups somewhere only admins can read: they hold the users' password hashes."),
                new H2("The database"), database,
                new H2("Restore"),
                new Paragraph("A backup is restored with the command line, into an empty data directory or an empty"
                        + " PostgreSQL database, while no Factdesk runs on it. Every row is checked before anything is"
                        + " written; a desk on H2 moves to PostgreSQL the same way."),
                new Pre("java -jar factdesk.jar restore --from factdesk-backup.zip --data-dir /srv/factdesk/new-data\n"
                        + "java -jar factdesk.jar restore --from factdesk-backup.zip \\\n"
                        + "    --db-url jdbc:postgresql://db:5432/factdesk --db-user factdesk"));
        // Issue 37: the embedded file grows while the app runs; the desk sees how much and what to do.
        database.setText(databaseFile.size().map(size -> String.format(java.util.Locale.ROOT,
                "The embedded database file (%s) is %,.1f MB. It grows with every change while Factdesk runs"
                        + " (a few kilobytes each; a busy desk's month is measured in the README) and is compacted"
                        + " whenever Factdesk stops cleanly: restart it at a quiet hour when the file has grown.",
                size.file(), size.bytes() / 1_048_576.0)).orElse("The desk runs on a database server: its files and"
                        + " their upkeep are the server's."));
    }
}
