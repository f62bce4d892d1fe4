package io.troubleshooter.ui.content;

import io.troubleshooter.content.Problem;
import io.troubleshooter.guide.SourceCatalog;
import io.troubleshooter.ui.i18n.I18n;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.controlsfx.control.StatusBar;

/**
 * Where the articles come from and what was read from each file: per source its files, per file the languages,
 * version dates, errors found (or that none was) and the problems lint reports, each opening the file at its line.
 * Reading a large folder shows its progress at the bottom; the list shows what is read so far.
 */
public final class ContentView extends BorderPane {

    private final ContentViewModel model;
    private final I18n i18n;
    private final TreeTableView<ContentRow> table = new TreeTableView<>();
    private final TextArea preview = new TextArea();
    private final Label message = new Label();

    public ContentView(ContentViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("content-view");
        var addMenu = new MenuButton();
        addMenu.setId("add-articles");
        addMenu.textProperty().bind(i18n.text("sources.add"));
        var addFiles = new MenuItem();
        addFiles.setId("add-article-files");
        addFiles.textProperty().bind(i18n.text("sources.add.files"));
        var addFolder = new MenuItem();
        addFolder.setId("add-article-folder");
        addFolder.textProperty().bind(i18n.text("sources.add.folder"));
        addMenu.getItems().addAll(addFiles, addFolder);
        var watch = new Button();
        watch.setId("read-folder");
        watch.textProperty().bind(i18n.text("sources.watch"));
        var unwatch = new Button();
        unwatch.setId("stop-reading-folder");
        unwatch.textProperty().bind(i18n.text("sources.unwatch"));
        var remove = new Button();
        remove.setId("remove-article");
        remove.textProperty().bind(i18n.text("sources.remove"));
        setTop(new ToolBar(addMenu, watch, unwatch, remove, message));

        table.setId("content-table");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("sources.column.name", 360, this::name));
        table.getColumns().add(column("sources.column.language", 90, r -> r instanceof ContentRow.File f
                ? f.languages() : ""));
        table.getColumns().add(column("sources.column.version", 100, r -> r instanceof ContentRow.File f
                ? f.versions() : ""));
        table.getColumns().add(column("sources.column.entries", 140, this::entries));
        table.getColumns().add(column("sources.column.problems", 90, r -> r instanceof ContentRow.File f
                ? Integer.toString(f.problems().size()) : ""));
        preview.setId("content-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        var split = new SplitPane(table, preview);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setCenter(split);
        var status = new StatusBar();
        status.setId("content-status");
        status.textProperty().bind(Bindings.when(model.workingProperty())
                .then(i18n.text("sources.reading", model.readingProperty()))
                .otherwise(i18n.text("sources.ready")));
        status.progressProperty().bind(Bindings.when(model.workingProperty()).then(model.progressProperty())
                .otherwise(0.0));
        setBottom(status);

        model.folders().addListener((ListChangeListener<SourceCatalog.Source>) c -> fill());
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        fill();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now == null ? null
                : now.getValue()));
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> !(selected() instanceof ContentRow.File f
                && f.removable()), table.getSelectionModel().selectedItemProperty()));
        unwatch.disableProperty().bind(Bindings.createBooleanBinding(() -> !(selected() instanceof ContentRow.Folder f
                && !f.own() && !f.shipped()), table.getSelectionModel().selectedItemProperty()));
        addFiles.setOnAction(e -> chooseFiles());
        addFolder.setOnAction(e -> chooseFolder(true));
        watch.setOnAction(e -> chooseFolder(false));
        unwatch.setOnAction(e -> {
            if (selected() instanceof ContentRow.Folder f) {
                model.stopReading(f.root());
            }
        });
        remove.setOnAction(e -> {
            if (selected() instanceof ContentRow.File f) {
                model.removeArticle(f.read().source().resolve(f.read().relative()));
            }
        });
    }

    private ContentRow selected() {
        TreeItem<ContentRow> item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private TreeTableColumn<ContentRow, String> column(String key, double width, Function<ContentRow, String> text) {
        var column = new TreeTableColumn<ContentRow, String>();
        column.textProperty().bind(i18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value(cell.getValue().getValue(), text));
        return column;
    }

    private static ObservableValue<String> value(ContentRow row, Function<ContentRow, String> text) {
        return new ReadOnlyStringWrapper(row == null ? "" : text.apply(row));
    }

    private String name(ContentRow row) {
        return switch (row) {
            case ContentRow.Folder f when f.shipped() -> i18n.get("sources.shipped", f.articles());
            case ContentRow.Folder f when f.own() -> i18n.get("sources.own", f.root().toString(), f.articles());
            case ContentRow.Folder f -> i18n.get("sources.folder", f.root().toString(), f.articles());
            case ContentRow.File f -> f.read().relative();
            case ContentRow.Lint l -> i18n.get("sources.lint", Math.max(1, l.problem().line()),
                    l.problem().severity().name().toLowerCase(Locale.ROOT), l.problem().message());
        };
    }

    private String entries(ContentRow row) {
        if (row instanceof ContentRow.File f) {
            if (f.read().articles().isEmpty()) {
                return i18n.get("sources.notRead");
            }
            return f.entries() == 0 ? i18n.get("sources.noEntry") : Integer.toString(f.entries());
        }
        return "";
    }

    private void fill() {
        var root = table.getRoot();
        root.getChildren().clear();
        for (ContentRow.Folder folder : model.rows()) {
            var item = new TreeItem<ContentRow>(folder);
            for (ContentRow.File file : model.files(folder)) {
                var fileItem = new TreeItem<ContentRow>(file);
                Path path = file.read().path().startsWith("content/") ? null : Path.of(file.read().path());
                for (Problem p : file.problems()) {
                    fileItem.getChildren().add(new TreeItem<>(new ContentRow.Lint(p, path)));
                }
                item.getChildren().add(fileItem);
            }
            item.setExpanded(!folder.shipped());
            root.getChildren().add(item);
        }
    }

    /** The file of the row in the preview; for a problem, its line selected and scrolled to. */
    private void show(ContentRow row) {
        Path file = switch (row) {
            case ContentRow.File f when !f.read().path().startsWith("content/") -> Path.of(f.read().path());
            case ContentRow.Lint l -> l.file();
            case null, default -> null;
        };
        if (file == null) {
            preview.clear();
            return;
        }
        String text;
        try {
            text = Files.size(file) > 4L << 20 ? "" : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            text = "";
        }
        preview.setText(text);
        if (row instanceof ContentRow.Lint l) {
            selectLine(text, Math.max(1, l.problem().line()));
        }
    }

    private void selectLine(String text, int line) {
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                start = -1;
            }
        }
        if (start < 0) {
            return;
        }
        int end = text.indexOf('\n', start);
        preview.selectRange(start, end < 0 ? text.length() : end);
        preview.setScrollTop(Math.max(0, (line - 3) * 16.0));
    }

    private void chooseFiles() {
        var chooser = new FileChooser();
        chooser.titleProperty().bind(i18n.text("sources.add.files"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown",
                "*.txt"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            report(model.addArticles(files.stream().map(File::toPath).toList()));
        }
    }

    private void chooseFolder(boolean copy) {
        var chooser = new DirectoryChooser();
        chooser.titleProperty().bind(i18n.text(copy ? "sources.add.folder" : "sources.watch"));
        File folder = chooser.showDialog(window());
        if (folder == null) {
            return;
        }
        if (copy) {
            report(model.addArticles(List.of(folder.toPath())));
        } else {
            model.readFolder(folder.toPath());
        }
    }

    /** Says what could not be copied; nothing said when all was. */
    void report(List<String> failed) {
        message.textProperty().unbind();
        if (failed.isEmpty()) {
            message.setText("");
        } else {
            message.textProperty().bind(i18n.text("sources.addFailed", String.join("; ", failed)));
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
