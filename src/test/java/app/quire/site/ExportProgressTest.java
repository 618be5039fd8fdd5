package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportProgressTest {
    @TempDir
    Path tmp;

    @Test
    void reportsEveryFileOnceAndTheSameTotal() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        AtomicInteger planned = new AtomicInteger(-1);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        ExportReport report = SiteExporter.export(blog, tmp.resolve("out"), ExportFixtures.options(),
                new ExportProgress() {
                    @Override
                    public void planned(int total) {
                        planned.set(total);
                    }

                    @Override
                    public void fileDone(int done, int total) {
                        calls.incrementAndGet();
                        max.accumulateAndGet(done, Math::max);
                        assertThat(total).isEqualTo(planned.get());
                    }
                });
        assertThat(planned.get()).isPositive();
        assertThat(calls.get()).isEqualTo(planned.get());
        assertThat(max.get()).isEqualTo(planned.get());
        assertThat(report.written()).isEqualTo(planned.get());
    }

    @Test
    void cancellingStopsBetweenFilesAndTheNextExportFinishesTheJob() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Path out = tmp.resolve("out");
        AtomicInteger done = new AtomicInteger();
        ExportProgress stopAfterThree = new ExportProgress() {
            @Override
            public void fileDone(int d, int total) {
                done.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return done.get() >= 3;
            }
        };
        assertThatThrownBy(() -> SiteExporter.export(blog, out, ExportFixtures.options(), stopAfterThree))
                .isInstanceOf(CancellationException.class);
        assertThat(ExportManifest.read(out)).isNotEmpty();

        ExportReport again = SiteExporter.export(blog, out, ExportFixtures.options());
        ExportReport fresh = SiteExporter.export(blog, tmp.resolve("fresh"), ExportFixtures.options());
        assertThat(again.written() + again.unchanged()).isEqualTo(fresh.written());
        var resumed = ExportFixtures.tree(out);
        var clean = ExportFixtures.tree(tmp.resolve("fresh"));
        assertThat(resumed.keySet()).isEqualTo(clean.keySet());
        for (String rel : clean.keySet()) {
            if (!rel.equals(".quire-export.json") && !rel.equals(IndexCache.FILE)) {
                assertThat(resumed.get(rel)).as(rel).isEqualTo(clean.get(rel));
            }
        }
    }

    @Test
    void cancelledBeforeStartWritesNothing() {
        Path blog = tmp.resolve("none");
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> SiteExporter.export(ExportFixtures.copySite("plain", tmp), blog,
                ExportFixtures.options(), cancelled)).isInstanceOf(CancellationException.class);
        assertThat(blog.resolve("index.html")).doesNotExist();
    }
}
