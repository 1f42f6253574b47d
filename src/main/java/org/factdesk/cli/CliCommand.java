package org.factdesk.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command-line tool. */
interface CliCommand {

    String name();

    /** One line for the command list. */
    String summary();

    /** How to call it, for {@code help <command>}. */
    String usage();

    /** Runs the command; answers the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
