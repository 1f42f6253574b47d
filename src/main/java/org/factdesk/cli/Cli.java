package org.factdesk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line tool in the same jar as the web app: {@code java -jar factdesk.jar help}.
 * Without a command the jar starts the web app.
 */
public final class Cli {

    /** Exit code for a wrong call (unknown command, missing argument). */
    static final int USAGE = 2;

    private Cli() {
    }

    private static Map<String, CliCommand> commands() {
        var list = new ArrayList<CliCommand>();
        list.add(new HelpCommand());
        list.add(new ExtractCommand());
        list.add(new SuggestCommand());
        list.add(new TrainCheckworthinessCommand());
        list.add(new BackupCommand());
        list.add(new RestoreCommand());
        list.add(new MatchCommand());
        list.add(new VerifyPublicationsCommand());
        var map = new LinkedHashMap<String, CliCommand>();
        list.forEach(c -> map.put(c.name(), c));
        return map;
    }

    public static boolean isCommand(String arg) {
        return commands().containsKey(arg) || arg.equals("--help") || arg.equals("-h");
    }

    public static int run(String[] args) {
        return run(Arrays.asList(args), System.out, System.err);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        var name = args.getFirst();
        if (name.equals("--help") || name.equals("-h")) {
            name = "help";
        }
        var command = commands().get(name);
        if (command == null) {
            err.println("Unknown command '" + name + "'. Run 'java -jar factdesk.jar help' for the list.");
            return USAGE;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Usage: " + command.usage());
            return USAGE;
        } catch (Exception e) {
            err.println(name + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** The value after an option such as {@code --out DIR}. */
    static String optionValue(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    /** The arguments of a command are wrong; the message says how. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** {@code help [command]}: lists the commands, or explains one. */
    static final class HelpCommand implements CliCommand {

        @Override
        public String name() {
            return "help";
        }

        @Override
        public String summary() {
            return "list the commands, or explain one";
        }

        @Override
        public String usage() {
            return "java -jar factdesk.jar help [COMMAND]";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            var all = commands();
            if (!args.isEmpty()) {
                var command = all.get(args.getFirst());
                if (command == null) {
                    err.println("Unknown command '" + args.getFirst() + "'.");
                    return USAGE;
                }
                out.println(command.name() + ": " + command.summary());
                out.println("Usage: " + command.usage());
                return 0;
            }
            out.println("Factdesk: a claim and attribution fact-checking workbench.");
            out.println();
            out.println("  java -jar factdesk.jar              start the web app (port 8080, data in ./data)");
            out.println("  java -jar factdesk.jar COMMAND ...  run a command:");
            out.println();
            int width = all.keySet().stream().mapToInt(String::length).max().orElse(4);
            for (var command : all.values()) {
                out.printf("    %-" + width + "s  %s%n", command.name(), command.summary());
            }
            out.println();
            out.println("'java -jar factdesk.jar help COMMAND' explains one command.");
            return 0;
        }
    }
}
