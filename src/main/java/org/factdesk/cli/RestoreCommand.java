package org.factdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.backup.DatabaseBackup;
import org.factdesk.base.config.DataDirectory;

/** {@code restore --from FILE}: a backup back into an empty data directory. */
final class RestoreCommand implements CliCommand {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "restore a backup into an empty data directory";
    }

    @Override
    public String usage() {
        return "java -jar factdesk.jar restore --from FILE.zip [--data-dir DIR]\n"
                + "  --data-dir  the data directory (default: FACTDESK_DATA_DIR, else ./data); it must hold no database";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path from = null;
        Path dataDir = DataDirectory.fromEnvironment();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--from" -> from = Path.of(Cli.optionValue(args, ++i, "--from"));
                case "--data-dir" -> dataDir = Path.of(Cli.optionValue(args, ++i, "--data-dir"));
                default -> throw new Cli.UsageException("Unknown argument '" + args.get(i) + "'");
            }
        }
        if (from == null) {
            throw new Cli.UsageException("Say which backup to restore: --from FILE.zip");
        }
        DatabaseBackup.restore(from, dataDir);
        try (var connection = DatabaseBackup.openIdle(dataDir)) {
            out.println("Restored " + from + " into " + dataDir.toAbsolutePath().normalize() + ": "
                    + DatabaseBackup.summarize(connection));
        }
        out.println("Check that these admins are the ones you expect before you start it: anyone who could change"
                + " the backup file could have added one.");
        out.println("Start Factdesk with FACTDESK_DATA_DIR=" + dataDir + " to use it.");
        return 0;
    }
}
