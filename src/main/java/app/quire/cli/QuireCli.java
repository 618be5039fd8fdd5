package app.quire.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code quire} command line: a thin layer over the core services. No JavaFX here. */
@Command(name = "quire", mixinStandardHelpOptions = true, version = "Quire 0.1.0",
        description = "Markdown blog editor. Without a sub-command, starts the desktop app.",
        subcommands = {RenderCommand.class, FmCommand.class, CheckCommand.class, NewCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:fine", "1:problems found (check; fm on broken front matter)",
            "2:bad usage, unreadable input, or the command could not do what was asked"})
public final class QuireCli implements Runnable {
    /** Exit code: everything fine. */
    public static final int OK = 0;
    /** Exit code: the command ran and found problems. */
    public static final int PROBLEMS = 1;
    /** Exit code: bad usage or unreadable input. */
    public static final int USAGE = 2;

    private static final Set<String> COMMANDS = Set.of("render", "fm", "check", "new", "export", "help");

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    /** True when the arguments ask for the CLI rather than the desktop app. */
    public static boolean wantsCli(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-"));
    }

    public static int run(String[] args) {
        Integer exported = ExportFastPath.run(args); // a plain export skips picocli's start-up (decision 0159)
        if (exported != null) {
            return exported;
        }
        return commandLine().execute(args);
    }

    /** The configured command line: exit codes and one-line error messages (stack traces with --debug). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new QuireCli());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("quire " + commandLine.getCommandName() + ": " + message(ex));
            if (debugRequested(parseResult)) {
                err.print(trace(ex));
            }
            err.flush();
            return USAGE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine commandLine = ex.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println("quire: " + oneLine(ex.getMessage()) + " (see 'quire "
                    + (commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ") + "--help')");
            if (java.util.Arrays.asList(args).contains("--debug")) {
                err.print(trace(ex));
            }
            err.flush();
            return USAGE;
        });
        return cl;
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    static String message(Throwable ex) {
        if (ex instanceof java.nio.file.FileSystemException) {
            return fileMessage((java.nio.file.FileSystemException) ex);
        }
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = ex.getClass().getSimpleName();
        }
        return oneLine(msg);
    }

    /** A file system error in words: Java's own message is often just the path. */
    private static String fileMessage(java.nio.file.FileSystemException ex) {
        String what = ex instanceof java.nio.file.NoSuchFileException ? "does not exist"
                : ex instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : ex instanceof java.nio.file.FileAlreadyExistsException ? "already exists (and is not a folder)"
                : ex instanceof java.nio.file.NotDirectoryException ? "is not a folder"
                : ex.getReason() != null ? ex.getReason() : ex.getClass().getSimpleName();
        String file = ex.getFile() == null ? "" : ex.getFile() + ": ";
        String other = ex.getOtherFile() == null ? "" : " (" + ex.getOtherFile() + ")";
        return oneLine(file + what + other);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** A stack trace as text, causes included (for --debug). */
    static String trace(Throwable ex) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t == ex ? "" : "Caused by: ").append(t).append(System.lineSeparator());
            for (StackTraceElement e : t.getStackTrace()) {
                sb.append("\tat ").append(e).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
