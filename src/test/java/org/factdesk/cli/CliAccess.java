package org.factdesk.cli;

import java.io.PrintStream;
import java.util.List;

/** For tests of other features that drive the command line in this JVM, as a user would from a shell. */
public final class CliAccess {

    private CliAccess() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return Cli.run(args, out, err);
    }
}
