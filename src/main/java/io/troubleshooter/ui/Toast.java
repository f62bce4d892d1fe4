package io.troubleshooter.ui;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A short confirmation in the status bar at the window's foot, that goes away by itself. It sits in a bar of its
 * own, so it never covers what the user is about to click (the answers, a command card); a ControlsFX
 * notification pops up over the window's corner, where the answers and the cards are.
 */
final class Toast extends Label {

    private final PauseTransition timer = new PauseTransition(Duration.seconds(4));

    Toast() {
        setId("toast");
        getStyleClass().add("toast");
        setGraphic(new FontIcon("mdi2c-clipboard-check-outline"));
        setVisible(false);
        setMouseTransparent(true);
        setMinWidth(0);
        timer.setOnFinished(e -> setVisible(false));
    }

    void show(String message) {
        setText(message);
        setVisible(true);
        timer.playFromStart();
    }
}
