package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Walk.Outcome;
import io.troubleshooter.testing.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walk through an error's causes, without a window. */
class GuideViewModelTest {

    ErrorEntry vssWriter;
    GuideViewModel guide;

    @BeforeEach
    void open() {
        vssWriter = TestArticles.entry(TestArticles.VSS_WRITER);
        guide = new GuideViewModel();
        guide.open(vssWriter);
    }

    @Test
    void theWalkStartsAtTheFirstCauseOnTheErrorsFirstNode() {
        assertEquals(0, guide.positionProperty().get());
        assertEquals(vssWriter.causes().getFirst(), guide.currentCause().orElseThrow());
        assertEquals(DecisionTree.causeNode(vssWriter.causes().getFirst()), guide.currentNodeProperty().get());
        assertEquals(Outcome.OPEN, guide.outcomeProperty().get());
    }

    @Test
    void notResolvedGoesToTheNextCauseAndResolvedEndsTheWalk() {
        guide.answer(Answer.NOT_RESOLVED);
        assertEquals(vssWriter.causes().get(1), guide.currentCause().orElseThrow());

        guide.answer(Answer.RESOLVED);
        assertEquals(GuideViewModel.END, guide.positionProperty().get());
        assertEquals(Outcome.RESOLVED, guide.outcomeProperty().get());
        assertEquals(DecisionTree.RESOLVED, guide.currentNodeProperty().get());
        assertEquals(List.of(Answer.NOT_RESOLVED, Answer.RESOLVED),
                guide.path().stream().map(GuideViewModel.PathItem::answer).toList());
    }

    @Test
    void givingTheSameAnswerAgainKeepsEveryLaterAnswer() {
        guide.answer(Answer.NOT_RESOLVED);
        guide.answer(Answer.SKIPPED);
        guide.goTo(0);
        assertEquals(0, guide.positionProperty().get());

        guide.answer(Answer.NOT_RESOLVED);

        assertEquals(2, guide.positionProperty().get(), "back where the walk had got to");
        assertEquals(Answer.SKIPPED, guide.answerOf(vssWriter.causes().get(1)).orElseThrow());
        assertEquals(3, guide.path().size());
    }

    @Test
    void changingAnEarlierAnswerCutsLaterCausesOffThePathWithoutForgettingThem() {
        guide.answer(Answer.NOT_RESOLVED);
        guide.answer(Answer.NOT_RESOLVED);
        guide.goTo(0);
        guide.answer(Answer.RESOLVED);

        assertEquals(1, guide.path().size());
        assertFalse(guide.onPath(vssWriter.causes().get(1)));
        assertEquals(Answer.NOT_RESOLVED, guide.answerOf(vssWriter.causes().get(1)).orElseThrow(), "kept");

        guide.goTo(0);
        guide.answer(Answer.NOT_RESOLVED);
        assertEquals(3, guide.path().size(), "the later causes are back on the path");
        assertEquals(2, guide.positionProperty().get());
    }

    @Test
    void noCauseHelpingEndsInEscalateWithTheLogsTheArticleNames() {
        ErrorEntry symptom = TestArticles.entry(TestArticles.AGENT);
        assertEquals(List.of("C:\\WindowsAzure\\Logs\\WaAppAgent.log", "/var/log/waagent.log"), symptom.logs());
        guide.open(symptom);
        for (int i = 0; i < symptom.causes().size(); i++) {
            guide.answer(i % 2 == 0 ? Answer.NOT_RESOLVED : Answer.SKIPPED);
        }
        assertEquals(Outcome.ESCALATED, guide.outcomeProperty().get());
        assertEquals(DecisionTree.ESCALATE, guide.currentNodeProperty().get());
        assertTrue(guide.pathNodes().contains(DecisionTree.ESCALATE));
    }

    @Test
    void backStepsAlongThePathThenStopsAtTheFirstCause() {
        guide.answer(Answer.NOT_RESOLVED);
        guide.answer(Answer.NOT_RESOLVED);
        assertTrue(guide.back());
        assertEquals(1, guide.positionProperty().get());
        assertTrue(guide.back());
        assertFalse(guide.back());
        assertEquals(0, guide.positionProperty().get());
    }

    @Test
    void aFlowchartNodeOpensTheCauseItBelongsTo() {
        var third = vssWriter.causes().get(2);
        guide.openNode(DecisionTree.decisionNode(third));
        assertEquals(third, guide.currentCause().orElseThrow());

        guide.openNode(DecisionTree.stepNode(vssWriter.causes().get(1).steps().getFirst()));
        assertEquals(vssWriter.causes().get(1), guide.currentCause().orElseThrow());
    }

    @Test
    void everyNodeOnThePathIsANodeOfTheErrorsTree() {
        guide.setDone(vssWriter.causes().getFirst().steps().getFirst(), true);
        guide.answer(Answer.NOT_RESOLVED);
        guide.answer(Answer.RESOLVED);
        Set<String> treeNodes = vssWriter.tree().nodes().stream().map(DecisionTree.Node::id).collect(Collectors.toSet());

        assertTrue(treeNodes.containsAll(guide.pathNodes()), guide.pathNodes() + " within " + treeNodes);
        assertTrue(guide.pathNodes().contains(DecisionTree.stepNode(vssWriter.causes().getFirst().steps().getFirst())));
    }
}
