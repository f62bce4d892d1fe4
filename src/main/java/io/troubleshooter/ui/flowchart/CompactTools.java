package io.troubleshooter.ui.flowchart;

import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;

/**
 * Keeps every tool on a toolbar: when the words of its wordier buttons would push tools into the overflow menu (a
 * narrow window, a longer language), those buttons show their icon only, their tooltip still naming them.
 */
final class CompactTools {

    /** Room a toolbar puts between its items. */
    private static final double ITEM_GAP = 10;

    private CompactTools() {
    }

    static void keepOnBar(ToolBar bar, List<Button> wordy) {
        Runnable fit = () -> {
            ContentDisplay display = widthWithWords(bar, wordy) > bar.getWidth() ? ContentDisplay.GRAPHIC_ONLY
                    : ContentDisplay.LEFT;
            wordy.forEach(b -> b.setContentDisplay(display));
        };
        bar.widthProperty().addListener(o -> fit.run());
        // A new language changes the words; measure them once the buttons have taken them.
        wordy.forEach(b -> b.textProperty().addListener(o -> Platform.runLater(fit)));
        fit.run();
    }

    /** The width the bar needs with every button showing its words. */
    private static double widthWithWords(ToolBar bar, List<Button> wordy) {
        double needed = bar.getInsets().getLeft() + bar.getInsets().getRight();
        for (Node item : bar.getItems()) {
            needed += item.prefWidth(-1) + ITEM_GAP;
        }
        for (Button button : wordy) {
            if (button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY && button.getText() != null) {
                var words = new Text(button.getText());
                words.setFont(button.getFont());
                needed += words.getLayoutBounds().getWidth() + button.getGraphicTextGap();
            }
        }
        return needed;
    }
}
