package io.troubleshooter.ui;

import java.util.ResourceBundle;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop window. A placeholder until the main view exists. */
public class App extends Application {

    static final String HEADING = "Backup Troubleshooter";

    @Override
    public void start(Stage stage) {
        var messages = ResourceBundle.getBundle("i18n.messages");
        stage.setTitle(messages.getString("app.title"));
        stage.setScene(createScene());
        stage.show();
    }

    static Scene createScene() {
        var heading = new Label(HEADING);
        heading.setId("heading");
        var scene = new Scene(new BorderPane(heading), 960, 640);
        scene.getStylesheets().add(App.class.getResource("/app/styles/app.css").toExternalForm());
        return scene;
    }
}
