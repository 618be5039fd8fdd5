package app.quire.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quire} command line: a thin layer over the core services. No JavaFX here. */
@Command(name = "quire", mixinStandardHelpOptions = true, version = "Quire 0.1.0",
        description = "Markdown blog editor. Without a sub-command, starts the desktop app.",
        subcommands = {CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:fine", "1:problems found", "2:bad usage or unreadable input"})
public final class QuireCli implements Runnable {
    private static final Set<String> COMMANDS = Set.of("render", "fm", "check", "new", "export", "help");

    /** True when the arguments ask for the CLI rather than the desktop app. */
    public static boolean wantsCli(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-"));
    }

    public static int run(String[] args) {
        return new CommandLine(new QuireCli()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
