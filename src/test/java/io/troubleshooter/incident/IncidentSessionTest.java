package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.incident.ChecklistItem.State;
import io.troubleshooter.incident.Incident.ItemStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.troubleshooter.incident.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentSessionTest {

    private final ErrorEntry entry = Fixtures.entryWithCauses(3);
    private final List<Cause> causes = entry.causes();

    @Test
    void anIncidentRefersToItsErrorByIdsAndListsEveryCauseAndStepOfTheTree() {
        Incident incident = Fixtures.newSession(entry, "INC-1").incident();

        assertEquals(entry.key(), incident.error().key());
        assertEquals(entry.articleId() + "@" + entry.articleVersion(), incident.contentVersion());
        var expected = new ArrayList<String>();
        for (Cause cause : causes) {
            expected.add(DecisionTree.causeNode(cause));
            cause.allSteps().forEach(s -> expected.add(DecisionTree.stepNode(s)));
        }
        assertEquals(expected, incident.items().stream().map(ChecklistItem::nodeId).toList());
        assertTrue(incident.items().stream().allMatch(i -> i.state() == State.TODO));
        assertEquals(Walk.Outcome.OPEN, incident.outcome().kind());
    }

    @Test
    void resolvingACauseClosesTheIncidentByThatCause() {
        var session = Fixtures.newSession(entry, "INC-1");
        session.answer(causes.get(0).id(), Answer.NOT_RESOLVED, at(5));
        session.answer(causes.get(1).id(), Answer.RESOLVED, at(9));

        Incident incident = session.incident();
        assertEquals(new Outcome(Walk.Outcome.RESOLVED, causes.get(1).id(), at(9)), incident.outcome());
        assertEquals(List.of(causes.get(0).id(), causes.get(1).id()), incident.pathCauseIds());
        assertEquals(State.DONE, incident.item(DecisionTree.causeNode(causes.get(1))).orElseThrow().state());
        assertEquals(at(9), incident.updated());
    }

    @Test
    void anAnswerToACauseTheChecklistLacksIsStillKept() {
        var full = Fixtures.newSession(entry, "INC-1").incident();
        String first = DecisionTree.causeNode(causes.getFirst());
        var withoutFirst = full.items().stream().filter(i -> !i.nodeId().equals(first)).toList();
        var session = IncidentSession.open(new Incident(full.schemaVersion(), full.id(), full.created(), full.updated(),
                full.info(), full.error(), full.contentVersion(), full.origin(), full.outcome(), full.placeholders(),
                withoutFirst, full.answers(), full.timeSpentMs(), full.commands(), full.warnings()));

        session.answer(causes.getFirst().id(), Answer.NOT_RESOLVED, at(2));

        assertEquals(Answer.NOT_RESOLVED, session.incident().answer(causes.getFirst().id()).orElseThrow());
        assertEquals(withoutFirst, session.incident().items());
    }

    @Test
    void answeringEveryCauseWithoutResolvingEscalates() {
        var session = Fixtures.newSession(entry, "INC-1");
        for (Cause cause : causes) {
            session.answer(cause.id(), cause == causes.get(1) ? Answer.SKIPPED : Answer.NOT_RESOLVED, at(1));
        }
        assertEquals(Walk.Outcome.ESCALATED, session.incident().outcome().kind());
        assertEquals(State.SKIPPED, session.incident().item(DecisionTree.causeNode(causes.get(1))).orElseThrow().state());
    }

    @Test
    void changingAnEarlierAnswerTakesLaterItemsOffThePathWithoutDroppingThem() {
        var session = Fixtures.newSession(entry, "INC-1");
        String laterStep = DecisionTree.stepNode(causes.get(1).allSteps().findFirst().orElseThrow());
        session.answer(causes.get(0).id(), Answer.NOT_RESOLVED, at(1));
        session.setState(laterStep, State.DONE, at(2));
        session.setNote(laterStep, "hecho en la sesión de ayer", at(2));

        session.answer(causes.get(0).id(), Answer.RESOLVED, at(3));
        Incident cut = session.incident();
        ChecklistItem kept = cut.item(laterStep).orElseThrow();
        assertEquals(State.DONE, kept.state());
        assertEquals("hecho en la sesión de ayer", kept.note());
        assertEquals(ItemStatus.OFF_PATH, cut.status(kept));

        session.answer(causes.get(0).id(), Answer.NOT_RESOLVED, at(4));
        assertEquals(ItemStatus.ON_PATH, session.incident().status(kept));
        assertEquals(3, session.incident().answers().size(), "every answer given is kept");
    }

    @Test
    void progressCountsSettledItemsOnThePathOnly() {
        var session = Fixtures.newSession(entry, "INC-1");
        Cause first = causes.getFirst();
        int firstItems = 1 + (int) first.allSteps().count();
        assertEquals(new Incident.Progress(0, firstItems), session.incident().progress());

        session.setState(DecisionTree.stepNode(first.allSteps().findFirst().orElseThrow()), State.NOT_APPLICABLE, at(1));
        assertEquals(1, session.incident().progress().settled());
        assertEquals(1.0 / firstItems, session.incident().progress().fraction(), 1e-9);

        session.answer(first.id(), Answer.NOT_RESOLVED, at(2));
        int secondItems = 1 + (int) causes.get(1).allSteps().count();
        assertEquals(new Incident.Progress(2, firstItems + secondItems), session.incident().progress());
    }

    @Test
    void copiedCommandsKeepTheFilledTextAndTheirValuesAreOfferedAgain() {
        ErrorEntry vss = Fixtures.vssEntry();
        var session = Fixtures.newSession(vss, "INC-2");
        var stop = vss.commands().stream().filter(c -> c.text().equals("net stop serviceName")).findFirst().orElseThrow();
        String node = "step:" + vss.causes().getFirst().steps().get(2).id();

        CopiedCommand copy = session.copied(node, stop, Map.of("serviceName", "SQLWriter"), at(3));

        assertEquals("net stop SQLWriter", copy.text());
        assertEquals(List.of(copy), session.incident().commands());
        assertEquals(Map.of("serviceName", "SQLWriter"), session.placeholderValues());
    }

    @Test
    void timeSpentAddsUpPerNodeAcrossVisits() {
        var session = Fixtures.newSession(entry, "INC-1");
        String a = DecisionTree.causeNode(causes.get(0));
        String b = DecisionTree.causeNode(causes.get(1));
        session.enter(a, at(0));
        session.enter(b, at(2));
        session.enter(a, at(5));
        session.leave(at(6));
        session.leave(at(9));

        assertEquals(Map.of(a, 180_000L, b, 180_000L), session.incident().timeSpentMs());
    }

    @Test
    void listenersHearEveryChangeWithTheNewState() {
        var session = Fixtures.newSession(entry, "INC-1");
        var heard = new ArrayList<Incident>();
        session.addListener(heard::add);
        session.acknowledgeWarning("step:x", 0, at(1));
        session.setInfo(new IncidentInfo("INC-1", "vm-02", "Contoso", "notas"), at(2));

        assertEquals(2, heard.size());
        assertEquals("vm-02", heard.getLast().info().vmName());
        assertEquals(1, heard.getLast().warnings().size());
    }

    @Test
    void reconcilingWithAnUpdatedTreeNamesGoneNodesAndKeepsTheirItems() {
        var session = Fixtures.newSession(entry, "INC-1");
        session.answer(causes.get(0).id(), Answer.NOT_RESOLVED, at(1));
        DecisionTree tree = entry.tree();
        String gone = DecisionTree.stepNode(causes.get(0).allSteps().findFirst().orElseThrow());
        var updated = new DecisionTree(tree.nodes().stream().filter(n -> !n.id().equals(gone)).toList(), tree.edges());

        var report = session.incident().reconcile(updated);
        assertEquals(ItemStatus.MISSING_NODE, report.items().stream().filter(r -> r.item().nodeId().equals(gone))
                .findFirst().orElseThrow().status());
        assertEquals(session.incident().items().size(), report.items().size());
        assertEquals(1, report.count(ItemStatus.MISSING_NODE));
        assertTrue(report.newNodes().isEmpty());

    }

    @Test
    void adoptingAnUpdatedTreeAddsItsNewStepsInPlace() {
        DecisionTree tree = entry.tree();
        String added = DecisionTree.stepNode(causes.get(0).allSteps().findFirst().orElseThrow());
        var before = new DecisionTree(tree.nodes().stream().filter(n -> !n.id().equals(added)).toList(), tree.edges());
        Incident base = Fixtures.newSession(entry, "INC-3").incident();
        var session = IncidentSession.open(new Incident(base.schemaVersion(), base.id(), base.created(), base.updated(),
                base.info(), base.error(), base.contentVersion(), base.origin(), base.outcome(), Map.of(),
                Checklist.itemsOf(before), List.of(), Map.of(), List.of(), List.of()));

        assertEquals(List.of(added), session.incident().reconcile(tree).newNodes());
        session.adopt(tree, at(2));
        assertEquals(base.items(), session.incident().items());
    }

    @Test
    void aNewIncidentHasNoOutcomeCauseAndNoAnswers() {
        Incident incident = Fixtures.newSession(entry, "INC-1").incident();
        assertNull(incident.outcome().causeId());
        assertTrue(incident.answers().isEmpty());
    }
}
