package io.troubleshooter.ui.command;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.PlaceholderValue;
import io.troubleshooter.guide.VisibleText;
import io.troubleshooter.ui.i18n.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What lands on the clipboard is what the card shows, character for character: over every command of the shipped
 * content, with values typed and imported from a pool of honest and hostile ones. A hostile value is refused with a
 * reason and never reaches the card or the clipboard.
 */
@ExtendWith(ApplicationExtension.class)
class ClipboardIsTheCardTest {

    private static final List<String> VALUES = List.of("VSS", "My Resource Group", "northeurope", "1", "ok ",
            "VSS" + " ".repeat(80) + "& shutdown /r /t 0", "VSS\n& shutdown /r /t 0", "VSS\r\nshutdown", "x\u202Ey",
            "a\u200Bb", "tab\there", " leading", "two  spaces", "\u001B[8mhidden", "a\u2028b", "x".repeat(300),
            "nbsp\u00A0here", "rg-\u0441ontoso", "\uFF56\uFF53\uFF53", "C:\\Program Files\\x");

    private final VBox root = new VBox();
    private final List<String> refused = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    @Test
    void everyShippedCommandCopiesExactlyWhatItsCardShows() throws Exception {
        var commands = new LinkedHashSet<Command>();
        for (ErrorEntry e : Catalog.loadShipped().entries()) {
            commands.addAll(e.commands());
        }
        assertTrue(commands.size() > 30, "shipped commands: " + commands.size());
        var random = new Random(20261129L);
        int checked = 0;
        for (Command command : commands) {
            for (int round = 0; round < 3; round++) {
                var values = new PlaceholderValues();
                var context = new CommandContext(I18n.english(), values, actions());
                var fill = new ArrayList<String>();
                for (var p : command.placeholders()) {
                    fill.add(VALUES.get(random.nextInt(VALUES.size())));
                }
                boolean typed = round % 2 == 0;
                String copied = WaitForAsyncUtils.asyncFx(() -> {
                    CommandView view = context.view(command);
                    root.getChildren().setAll(view);
                    int i = 0;
                    for (var p : command.placeholders()) {
                        String value = fill.get(i++);
                        if (typed) {
                            view.lookupAll("#placeholder-" + p.name()).forEach(n -> ((TextField) n).setText(value));
                        } else {
                            values.value(p.name()).set(value);
                        }
                    }
                    view.copy();
                    String onClipboard = Clipboard.getSystemClipboard().getString();
                    return onClipboard + "\u0000" + shown(view);
                }).get();
                int cut = copied.indexOf('\u0000');
                assertEquals(copied.substring(cut + 1), copied.substring(0, cut), command.text());
                String clip = copied.substring(0, cut);
                assertTrue(clip.codePoints().noneMatch(VisibleText::hidden), () -> VisibleText.of(clip));
                assertTrue(!clip.contains("        ") && !clip.contains("shutdown"), () -> "hostile value copied: " + clip);
                checked++;
            }
        }
        assertTrue(checked > 90, "cards checked: " + checked);
        assertTrue(refused.stream().anyMatch(r -> r.endsWith(PlaceholderValue.Refusal.SPACES.name())), refused::toString);
    }

    /** The card's text as the engineer reads it: literal parts, and each field's value or, when empty, its token. */
    private static String shown(CommandView view) {
        var sb = new StringBuilder();
        var flow = (TextFlow) view.lookup(".command-text");
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            } else if (n instanceof TextField f) {
                sb.append(f.getText().isEmpty() ? f.getPromptText() : f.getText());
            }
        }
        return sb.toString();
    }

    private CommandActions actions() {
        return new CommandActions() {
            @Override
            public void copied(String text, int warnings) {
            }

            @Override
            public boolean confirmEmpty(List<String> placeholders) {
                return true;
            }

            @Override
            public void refused(String placeholder, PlaceholderValue.Refusal why) {
                refused.add(placeholder + ": " + why.name());
            }
        };
    }
}
