package io.troubleshooter.ui;

import io.troubleshooter.cli.Cli;
import io.troubleshooter.ui.bench.BareWindow;
import io.troubleshooter.ui.bench.Smoke;
import io.troubleshooter.ui.bench.SwitchProbe;
import javafx.application.Application;

/**
 * Entry point of the jar and of the installed app.
 *
 * <p>Kept apart from {@link App}: a main class that extends {@code Application} refuses to start
 * from a plain classpath jar ("JavaFX runtime components are missing"). With arguments the
 * command-line tool runs instead of the window, and no JavaFX toolkit is started; {@code --smoke} checks an
 * installed app ({@link Smoke}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--first-frame")) {
            System.setProperty(App.FIRST_FRAME, "true");
            App.startLogging();
            App.loadContent();
            Application.launch(App.class);
            return;
        }
        if (args.length == 1 && args[0].equals("--measure-switch")) {
            Application.launch(SwitchProbe.class);
            return;
        }
        if (args.length == 1 && args[0].equals("--smoke")) {
            System.exit(Smoke.run(System.out, System.err));
        }
        if (args.length == 1 && args[0].equals("--bare-window")) {
            Application.launch(BareWindow.class);
            return;
        }
        if (args.length > 0) {
            System.exit(Cli.run(args));
        }
        App.startLogging();
        App.loadContent();
        Application.launch(App.class, args);
    }
}
