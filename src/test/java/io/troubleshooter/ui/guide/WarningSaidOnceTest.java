package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.ErrorEntry;


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
        entry = GuideFixtures.firstError("agent", ARTICLE);
        var model = new GuideViewModel();
        model.open(entry);
        stage.setScene(new Scene(GuideFixtures.view(model), 900, 700));
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
