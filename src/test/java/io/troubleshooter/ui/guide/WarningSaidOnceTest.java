package io.troubleshooter.ui.guide;

import io.troubleshooter.content.ArticleReader;
import io.troubleshooter.content.ContentFiles;
import io.troubleshooter.guide.EntryExtractor;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.PlaceholderValue;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.ui.article.BlockRenderer;
import io.troubleshooter.ui.command.CommandActions;
import io.troubleshooter.ui.command.CommandContext;
import io.troubleshooter.ui.command.PlaceholderValues;
import io.troubleshooter.ui.i18n.I18n;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A warning the article puts over two commands of one step is read once, above both cards. */
@ExtendWith(ApplicationExtension.class)
class WarningSaidOnceTest {

    private static final String ARTICLE = """
            ---
            title: Agent errors
            ---
            # Agent errors

            ## <a name="agenthung"></a>AgentHung: The agent does not answer

            **Error code**: AgentHung<br>
            **Error message**: The agent does not answer<br>

            #### Solution

            1. Restart the agent service:

               > [!WARNING]
               > Restarting the service stops the backups running on a production VM.

               ```cmd
               net stop WindowsAzureGuestAgent
               net start WindowsAzureGuestAgent
               ```

            2. Check the agent's status in the portal.
            """;

    ErrorEntry entry;

    @Start
    void start(Stage stage) {
        var read = ArticleReader.read(ContentFiles.directory(Path.of("target")), "agent.md",
                ARTICLE.getBytes(StandardCharsets.UTF_8), new ArticleReader.Hints("agent", "en-US", null));
        entry = EntryExtractor.extract(read.articles().getFirst(), Terms.shipped()).entries().getFirst();
        var i18n = I18n.english();
        var commands = new CommandContext(i18n, new PlaceholderValues(), new CommandActions() {
            @Override
            public void copied(String text, int warnings) {
            }

            @Override
            public boolean confirmEmpty(List<String> placeholders) {
                return false;
            }

            @Override
            public void refused(String placeholder, PlaceholderValue.Refusal why) {
            }
        });
        var model = new GuideViewModel();
        model.open(entry);
        stage.setScene(new Scene(new GuideView(model, i18n, new BlockRenderer(commands, link -> { }), commands),
                900, 700));
        stage.show();
    }

    @Test
    void aWarningOverTwoCardsIsSaidOnce(FxRobot robot) {
        var step = entry.causes().getFirst().steps().getFirst();
        assertFalse(step.warnings().isEmpty(), "the article's warning belongs to the step");
        assertEquals(2, robot.lookup("#cause-card .command-card").queryAll().size(), "net stop and net start");
        assertEquals(1, robot.lookup("#cause-card .command-warning").queryAll().size(), "the warning, once");
        assertEquals(0, robot.lookup("#cause-card .command-card .command-warning").queryAll().size(),
                "on no card");
    }
}
