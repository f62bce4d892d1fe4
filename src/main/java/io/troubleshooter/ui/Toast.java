package io.troubleshooter.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** A short confirmation at the bottom of the window that goes away by itself. */
final class Toast extends Label {

    private final PauseTransition timer = new PauseTransition(Duration.seconds(3));

    Toast() {
        setId("toast");
        getStyleClass().add("toast");
        setGraphic(new FontIcon("mdi2c-clipboard-check-outline"));
        setVisible(false);
        setMouseTransparent(true);
        setMaxWidth(640);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        timer.setOnFinished(e -> setVisible(false));
    }

    void show(String message) {
        setText(message);
        setVisible(true);
        timer.playFromStart();
    }
}
