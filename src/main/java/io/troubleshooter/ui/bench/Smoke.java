package io.troubleshooter.ui.bench;

import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.flow.FlowLayout;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.App;
import io.troubleshooter.ui.MainViewModel;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;

/**
 * {@code --smoke}: checks that an installed app works on this machine. It loads the shipped content, builds
 * every decision tree, lays out the largest flowchart, shows the main window until it has laid out the loaded
 * content, prints one line and exits 0; on any failure it prints why and exits 1.
 */
public final class Smoke {

    private static final long TIMEOUT_S = 120;
    private static final CompletableFuture<Void> WINDOW = new CompletableFuture<>();

    private Smoke() {
    }

    public static int run(PrintStream out, PrintStream err) {
        long begin = System.nanoTime();
        try {
            Catalog catalog = Catalog.loadShipped();
            if (catalog.entries().isEmpty()) {
                throw new IllegalStateException("the shipped content has no error entries");
            }
            int nodes = 0;
            for (ErrorEntry entry : catalog.entries()) {
                nodes += entry.tree().nodes().size();
            }
            DecisionTree largest = catalog.entries().stream().map(ErrorEntry::tree)
                    .max(Comparator.comparingInt(tree -> tree.nodes().size())).orElseThrow();
            long layoutStart = System.nanoTime();
            FlowGraph graph = FlowLayout.layout(largest, Sizer.approximate());
            long layoutMs = millisSince(layoutStart);
            if (graph.nodes().isEmpty() || graph.width() <= 0 || graph.height() <= 0) {
                throw new IllegalStateException("the largest flowchart (" + largest.nodes().size()
                        + " nodes) was laid out empty");
            }
            long windowStart = System.nanoTime();
            showWindow();
            out.printf(Locale.ROOT, "smoke: ok: %d articles, %d errors, %d tree nodes; largest flowchart %d nodes laid"
                            + " out in %d ms; main window ready in %d ms; %d ms in all (Java %s)%n",
                    catalog.articles().size(), catalog.entries().size(), nodes, graph.nodes().size(), layoutMs,
                    millisSince(windowStart), millisSince(begin), System.getProperty("java.version"));
            return 0;
        } catch (RuntimeException | Error e) {
            err.println("smoke: failed: " + describe(e));
            return 1;
        }
    }

    /** Starts the app's window and waits until it shows the loaded content; throws when it cannot. */
    private static void showWindow() {
        App.whenContentShown(Smoke::shown);
        Thread.ofPlatform().daemon().name("smoke-timeout").start(() -> {
            try {
                WINDOW.get(TIMEOUT_S, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("smoke: failed: the main window was not ready within " + TIMEOUT_S + " s");
                Runtime.getRuntime().halt(1);
            }
        });
        try {
            Application.launch(App.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("JavaFX could not show a window (" + describe(e) + "). On Linux it needs"
                    + " a display: set DISPLAY, or run under Xvfb, e.g. xvfb-run -a <launcher> --smoke", e);
        }
        if (!WINDOW.isDone()) {
            throw new IllegalStateException("the window closed before it showed the content");
        }
        WINDOW.join();
    }

    /** A laid-out frame shows the loaded content, or why it did not load: the check is over, the window closes. */
    private static void shown(MainViewModel model) {
        if (model.statusProperty().get() == MainViewModel.Status.READY) {
            WINDOW.complete(null);
        } else {
            WINDOW.completeExceptionally(
                    new IllegalStateException("the content did not load: " + model.failureProperty().get()));
        }
        Platform.runLater(Platform::exit);
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        return root == e || message.contains(String.valueOf(root.getMessage())) ? message
                : message + ": " + (root.getMessage() != null ? root.getMessage() : root.toString());
    }
}
