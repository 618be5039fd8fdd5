package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ListLaterComboSkinTest {
    private ComboBox<String> fixedWidth;
    private ComboBox<String> computedWidth;
    private ComboBox<String> stock;

    @Start
    void start(Stage stage) {
        fixedWidth = box();
        fixedWidth.setPrefWidth(120);
        ListLaterComboSkin.install(fixedWidth);
        computedWidth = box();
        ListLaterComboSkin.install(computedWidth);
        stock = box();
        stage.setScene(new Scene(new HBox(fixedWidth, computedWidth, stock), 600, 300));
        stage.show();
    }

    private static ComboBox<String> box() {
        ComboBox<String> b = new ComboBox<>();
        b.getItems().setAll("Newest first", "Oldest first", "Title A to Z, a rather long choice");
        b.setValue("Newest first");
        return b;
    }

    @Test
    void listStaysOutOfTheSceneUntilTheFirstDropDown() throws Exception {
        ListLaterComboSkin<?> skin = (ListLaterComboSkin<?>) fixedWidth.getSkin();
        Node list = skin.getPopupContent();
        assertThat(call(list::getScene)).isNull();
        assertThat(call(() -> fixedWidth.lookupAll(".list-view"))).isEmpty();

        Platform.runLater(fixedWidth::show);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(call(fixedWidth::isShowing)).isTrue();
        assertThat(call(list::getScene)).isNotNull();
        assertThat(call(() -> ((ListView<?>) list).getItems())).hasSize(3);
        // styled like the stock skin's list: the theme's cell padding and font applied
        assertThat(call(() -> ((ListView<?>) list).getWidth())).isGreaterThan(0);
        Platform.runLater(() -> {
            fixedWidth.hide();
            @SuppressWarnings("unchecked")
            ListView<String> lv = (ListView<String>) list;
            lv.getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(call(fixedWidth::getValue)).isEqualTo("Oldest first");
    }

    @Test
    void computedWidthFollowsTheWidestItemAsWithTheStockSkin() throws Exception {
        // the list joins when the width is asked for; its first layout comes later than the stock skin's,
        // which can round the width one pixel differently (the app uses the skin only with set widths)
        assertThat(call(computedWidth::getWidth)).isCloseTo(call(stock::getWidth), Offset.offset(1.0));
        assertThat(call(computedWidth::getWidth)).isGreaterThan(call(fixedWidth::getWidth));
        assertThat(call(() -> ((ListLaterComboSkin<?>) computedWidth.getSkin()).getPopupContent().getScene()))
                .isNotNull();
    }

    private static <T> T call(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get();
    }
}
