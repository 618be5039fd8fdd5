package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.safety.ExternalChangePolicy.Action;
import app.quire.safety.FileWatcher.Kind;
import org.junit.jupiter.api.Test;

class ExternalChangePolicyTest {
    @Test
    void cleanEditorsReloadSilently() {
        assertThat(ExternalChangePolicy.decide(false, Kind.MODIFIED, "mine", "theirs").action())
                .isEqualTo(Action.RELOAD_SILENTLY);
    }

    @Test
    void dirtyEditorsAskWithTheDiff() {
        ExternalChangePolicy.Decision d = ExternalChangePolicy.decide(true, Kind.MODIFIED, "a\nmine\n", "a\ntheirs\n");
        assertThat(d.action()).isEqualTo(Action.ASK);
        assertThat(d.diff()).hasValueSatisfying(r -> {
            assertThat(r.hunks()).hasSize(1);
            assertThat(r.hunks().get(0).removed()).containsExactly("mine");
            assertThat(r.hunks().get(0).added()).containsExactly("theirs");
        });
    }

    @Test
    void dirtyButIdenticalNeedsNoQuestion() {
        assertThat(ExternalChangePolicy.decide(true, Kind.MODIFIED, "same", "same").action())
                .isEqualTo(Action.RELOAD_SILENTLY);
    }

    @Test
    void deletionAndMovesAreReportedWhateverTheState() {
        for (boolean dirty : new boolean[] {false, true}) {
            assertThat(ExternalChangePolicy.decide(dirty, Kind.DELETED, "mine", null).action())
                    .isEqualTo(Action.REPORT_DELETED);
            assertThat(ExternalChangePolicy.decide(dirty, Kind.MOVED, "mine", null).action())
                    .isEqualTo(Action.REPORT_MOVED);
        }
    }
}
