package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismChoiceTest {
    @TempDir
    Path dev;

    @Test
    void noDriFolderAndNoNvidiaNodeMeansNoGpu() {
        assertThat(PrismChoice.gpuDevicePresent(dev)).isFalse();
    }

    @Test
    void anEmptyDriFolderMeansNoGpu() throws IOException {
        Files.createDirectory(dev.resolve("dri"));
        assertThat(PrismChoice.gpuDevicePresent(dev)).isFalse();
    }

    @Test
    void aDrmCardOrRenderNodeIsAGpu() throws IOException {
        Path dri = Files.createDirectory(dev.resolve("dri"));
        Files.createFile(dri.resolve("renderD128"));
        assertThat(PrismChoice.gpuDevicePresent(dev)).isTrue();
        Files.delete(dri.resolve("renderD128"));
        Files.createFile(dri.resolve("card0"));
        assertThat(PrismChoice.gpuDevicePresent(dev)).isTrue();
    }

    @Test
    void theNvidiaDriverWithoutModeSettingIsAGpu() throws IOException {
        Files.createFile(dev.resolve("nvidia0"));
        assertThat(PrismChoice.gpuDevicePresent(dev)).isTrue();
    }

    @Test
    void anOrderChosenByTheUserIsKept() {
        String before = System.getProperty(PrismChoice.ORDER);
        try {
            System.setProperty(PrismChoice.ORDER, "es2");
            PrismChoice.apply();
            assertThat(System.getProperty(PrismChoice.ORDER)).isEqualTo("es2");
        } finally {
            if (before == null) {
                System.clearProperty(PrismChoice.ORDER);
            } else {
                System.setProperty(PrismChoice.ORDER, before);
            }
        }
    }
}
