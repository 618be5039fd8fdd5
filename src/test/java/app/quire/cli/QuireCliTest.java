package app.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuireCliTest {
    @Test
    void onlyCommandsAndOptionsMeanCli() {
        assertThat(QuireCli.wantsCli(new String[] {"render", "x.md"})).isTrue();
        assertThat(QuireCli.wantsCli(new String[] {"--help"})).isTrue();
        assertThat(QuireCli.wantsCli(new String[] {"post.md"})).isFalse();
        assertThat(QuireCli.wantsCli(new String[] {})).isFalse();
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun r = CliRun.run("--help");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("render").contains("fm").contains("check").contains("new")
                .contains("Exit codes:").contains("0   fine").contains("1   problems found").contains("2   bad usage");
        assertThat(CliRun.run("check", "--help").out).contains("Exit codes:");
    }

    @Test
    void unknownOptionIsUsageErrorInOneLine() {
        CliRun r = CliRun.run("render", "--bogus", "x.md");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).startsWith("quire: Unknown option: '--bogus'").doesNotContain("\n");
    }

    @Test
    void noSubCommandPrintsUsage() {
        CliRun r = CliRun.run("--debug");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("Usage: quire");
    }
}
