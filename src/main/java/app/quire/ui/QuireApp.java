package app.quire.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: placeholder window until the editor lands. */
public final class QuireApp extends Application {

    static void launchWith(String[] args) {
        Application.launch(QuireApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Quire");
        stage.setScene(new Scene(new Label("Quire"), 800, 600));
        stage.show();
    }
}
