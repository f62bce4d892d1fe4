package io.troubleshooter.ui.flowchart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** A node drawn into a PNG file at twice its size, so the picture stays sharp on high-density screens. */
final class PngExport {

    private static final double SCALE = 2;
    /** Keeps a whole-article chart to a picture that fits in memory and that viewers still open. */
    private static final double MAX_SIDE = 16_000;

    private PngExport() {
    }

    static void write(Node node, double width, double height, Path file) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IOException("there is no chart to export");
        }
        double scale = Math.min(SCALE, Math.min(MAX_SIDE / width, MAX_SIDE / height));
        var params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(Color.TRANSPARENT);
        WritableImage image = node.snapshot(params, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer is available");
        }
    }
}
