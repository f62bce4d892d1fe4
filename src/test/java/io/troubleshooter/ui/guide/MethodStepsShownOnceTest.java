package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Step;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cause fixed by one of two methods: each method shows its name, and its steps and command once, below it. */
@ExtendWith(ApplicationExtension.class)
class MethodStepsShownOnceTest {

    private static final String ARTICLE = """
            ---
            title: Agent and extension errors
            ---
            # Agent and extension errors

            ## <a name="vm-agent-unable-to-communicate-with-azure-backup"></a>VM Agent unable to communicate with Azure Backup

            After you register and schedule a VM for the Backup service, Backup starts the job by communicating with
            the VM agent.

            ##### Cause 1: [The VM has no Internet access](#the-vm-has-no-internet-access)

            ## <a name="causes-and-solutions"></a>Causes and solutions

            ### <a name="the-vm-has-no-internet-access"></a>The VM has no Internet access

            The VM has restrictions in place that prevent access to the Azure infrastructure.

            #### Solution
            To resolve the issue, try one of the methods listed here.

            ##### Allow access to the Azure datacenter IP ranges

            1. Obtain the list of Azure datacenter IPs to allow access to.
            2. Unblock the IPs by running the **New-NetRoute** cmdlet in the Azure VM in an elevated PowerShell window.
            3. To allow access to the IPs, add rules to the network security group, if you have one.

            ##### Create a path for HTTP traffic to flow

            1. If you have network restrictions in place, deploy an HTTP proxy server to route the traffic.
            2. To allow access to the Internet from the HTTP proxy server, add rules to the network security group.
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
    void eachMethodShowsItsNameThenItsStepsAndCommandOnce(FxRobot robot) {
        List<Step> methods = entry.causes().getFirst().steps();
        assertEquals(2, methods.size(), "two methods");
        assertTrue(methods.stream().allMatch(m -> m.kind() == Step.Kind.METHOD && !m.children().isEmpty()),
                "each a method with steps of its own");

        assertEquals(1, robot.lookup("#cause-card .command-card").queryAll().size(), "New-NetRoute, once");
        String card = text(robot.lookup("#cause-card").query());
        assertEquals(1, count(card, "Obtain the list of Azure datacenter IPs"), card);
        assertEquals(1, count(card, "deploy an HTTP proxy server"), card);
        var names = robot.lookup("#cause-card .step-title").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertEquals(List.of("Allow access to the Azure datacenter IP ranges", "Create a path for HTTP traffic to flow"),
                names);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** Every run of text shown under {@code node}, in order. */
    private static String text(Node node) {
        var sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getText());
        } else if (node instanceof Label l) {
            sb.append(l.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, sb));
        }
        if (node instanceof TextFlow) {
            sb.append('\n');
        }
    }
}
