package io.troubleshooter.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was, unless that place is no longer on any screen; saves it on close. */
final class WindowBounds {

    private WindowBounds() {
    }

    static void restore(Stage stage, Settings settings) {
        double x = settings.x().get();
        double y = settings.y().get();
        double w = Math.max(720, settings.width().get());
        double h = Math.max(480, settings.height().get());
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y) && visible(new Rectangle2D(x, y, w, h))) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.maximized().get());
        stage.setOnHiding(e -> save(stage, settings));
    }

    static void save(Stage stage, Settings settings) {
        settings.maximized().set(stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.x().set(stage.getX());
            settings.y().set(stage.getY());
            settings.width().set(stage.getWidth());
            settings.height().set(stage.getHeight());
        }
    }

    private static boolean visible(Rectangle2D bounds) {
        var titleBar = new Rectangle2D(bounds.getMinX() + 40, bounds.getMinY(), Math.max(1, bounds.getWidth() - 80), 30);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
