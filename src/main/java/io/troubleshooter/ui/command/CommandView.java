package io.troubleshooter.ui.command;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.PlaceholderValue;
import io.troubleshooter.ui.i18n.I18n;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A command card: shell badge, copy button, the command with its placeholders as inline fields,
 * and the article's warning when it gives one. Ctrl+C on the focused card copies it.
 */
public final class CommandView extends VBox {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final CommandViewModel model;
    private final CommandContext context;
    private final Button copy = new Button();
    private final TextFlow text = new TextFlow();
    private final int warnings;

    CommandView(CommandViewModel model, List<Block.Alert> warnings, CommandContext context) {
        this.model = model;
        this.context = context;
        this.warnings = warnings.size();
        I18n i18n = context.i18n();
        Command command = model.command();
        getStyleClass().add("command-card");
        setFocusTraversable(true);

        var shell = new Label(command.shell().label());
        shell.getStyleClass().addAll("shell-badge", "shell-" + command.shell().name().toLowerCase(Locale.ROOT));
        var header = new HBox(6, shell);
        header.getStyleClass().add("command-header");
        if (command.changesState()) {
            var changes = new Label();
            changes.textProperty().bind(i18n.text("command.changesState"));
            changes.setGraphic(new FontIcon("mdi2p-pencil-outline"));
            changes.getStyleClass().add("state-badge");
            header.getChildren().add(changes);
        }
        if (!command.flags().isEmpty()) {
            header.getChildren().add(flags(command, i18n));
        }
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        copy.textProperty().bind(i18n.text("command.copy"));
        copy.setGraphic(new FontIcon("mdi2c-content-copy"));
        copy.getStyleClass().add("copy-button");
        copy.setTooltip(tooltip(i18n, "command.copy.tooltip"));
        header.getChildren().addAll(spacer, copy);

        text.getStyleClass().add("command-text");
        for (CommandViewModel.Segment segment : model.segments()) {
            text.getChildren().add(segment.fillable() ? field(segment.placeholder()) : literal(segment.text()));
        }
        getChildren().addAll(header, text);
        for (Block.Alert warning : warnings) {
            getChildren().add(warning(warning));
        }

        copy.setOnAction(e -> copy());
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e) && !(e.getTarget() instanceof TextField field && field.getSelectedText().length() > 0)) {
                copy();
                e.consume();
            }
        });
        setOnMouseClicked(e -> requestFocus());
    }

    public CommandViewModel model() {
        return model;
    }

    /** How many warnings the card shows beside the command. */
    public int warnings() {
        return warnings;
    }

    /** Copies the command as shown; asks first when a placeholder is still empty. */
    public boolean copy() {
        var missing = model.missing();
        if (!missing.isEmpty() && !context.actions().confirmEmpty(missing)) {
            return false;
        }
        String shown = model.shownText().get();
        var content = new ClipboardContent();
        content.putString(shown);
        Clipboard.getSystemClipboard().setContent(content);
        context.actions().copied(shown, warnings);
        return true;
    }

    private static Text literal(String s) {
        var t = new Text(s);
        t.getStyleClass().add("command-literal");
        return t;
    }

    private TextField field(Command.Placeholder placeholder) {
        var field = new TextField();
        field.getStyleClass().add("placeholder-field");
        field.setId("placeholder-" + placeholder.name());
        // An empty field shows the token itself: that is what a copy with the field left empty puts on the clipboard.
        field.setPromptText(placeholder.token());
        field.setTextFormatter(new TextFormatter<String>(change -> {
            var why = PlaceholderValue.check(change.getControlNewText());
            if (why.isPresent()) {
                context.actions().refused(placeholder.name(), why.get());
                return null;
            }
            return change;
        }));
        field.textProperty().bindBidirectional(model.value(placeholder.name()));
        field.prefColumnCountProperty().bind(Bindings.createIntegerBinding(
                () -> Math.max(placeholder.name().length(), field.getText().length()) + 1, field.textProperty()));
        field.setTooltip(tooltip(context.i18n(), "command.placeholder.tooltip", placeholder.name()));
        return field;
    }

    private static Label flags(Command command, I18n i18n) {
        var label = new Label();
        label.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        label.getStyleClass().add("flag-badge");
        label.textProperty().bind(i18n.text("command.flagged"));
        var tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> command.flags().stream()
                .map(f -> i18n.get("command.flag." + f.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("\n")),
                i18n.localeProperty()));
        label.setTooltip(tip);
        return label;
    }

    private static Label warning(Block.Alert alert) {
        var label = new Label(plain(alert.blocks()));
        label.setWrapText(true);
        label.setGraphic(new FontIcon("mdi2a-alert-outline"));
        label.getStyleClass().addAll("command-warning", "alert-" + alert.kind().name().toLowerCase(Locale.ROOT));
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Tooltip tooltip(I18n i18n, String key, Object... args) {
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key, args));
        return tip;
    }

    static String plain(List<Block> blocks) {
        var sb = new StringBuilder();
        for (Block b : blocks) {
            String s = switch (b) {
                case Block.Paragraph p -> Inline.plain(p.inlines());
                case Block.ListBlock l -> l.items().stream().map(i -> "• " + plain(i.blocks()))
                        .collect(Collectors.joining("\n"));
                case Block.CodeBlock c -> c.code();
                default -> "";
            };
            if (!s.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(s.strip());
            }
        }
        return sb.toString();
    }
}
