package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.article.BlockRenderer;
import io.troubleshooter.ui.command.CommandContext;
import io.troubleshooter.ui.command.CommandView;
import io.troubleshooter.ui.i18n.I18n;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Guide: the breadcrumb of the path taken, one cause as a card, and the three answers.
 * After the last cause, the end card: retry the backup, or what to collect before escalating.
 *
 * <p>The card is made again only when another cause (or another error) comes on screen: ticking a step leaves it,
 * its scroll position and the focus where they are. Each cause keeps the scroll position it was left at.
 */
public final class GuideView extends BorderPane {

    /** The keys of the three answers, shown on their buttons. */
    public static final KeyCombination KEY_RESOLVED = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);
    public static final KeyCombination KEY_NOT_RESOLVED = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);
    public static final KeyCombination KEY_SKIP = new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN);

    /** What the card shows; the same again means nothing to make anew. */
    private record Shown(@Nullable ErrorEntry entry, int position, @Nullable Object answers, Object outcome) { }

    private final GuideViewModel model;
    private final I18n i18n;
    private final BlockRenderer renderer;
    private final CommandContext commands;
    private final Breadcrumb breadcrumb;
    private final ScrollPane scroll = new ScrollPane();
    private final Button resolved = new Button();
    private final Button notResolved = new Button();
    private final Button skip = new Button();
    private final FlowPane answers;
    private final Map<String, Double> scrolledTo = new HashMap<>();
    private @Nullable Shown shown;
    private @Nullable String causeOnScreen;

    public GuideView(GuideViewModel model, I18n i18n, BlockRenderer renderer, CommandContext commands) {
        this.model = model;
        this.i18n = i18n;
        this.renderer = renderer;
        this.commands = commands;
        this.breadcrumb = new Breadcrumb(model, i18n);
        getStyleClass().add("guide-view");

        answer(resolved, "answer-resolved", "success", "mdi2c-check-circle-outline");
        answer(notResolved, "answer-next", "accent", "mdi2a-arrow-right-circle-outline");
        answer(skip, "answer-skip", "flat", "mdi2s-skip-next-outline");
        // A flow, not a row: when the window is narrow the buttons move to a second line instead of shrinking.
        answers = new FlowPane(8, 6, resolved, notResolved, skip);
        answers.getStyleClass().add("answer-bar");

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-scroll");
        setTop(breadcrumb);
        setCenter(scroll);
        setBottom(answers);

        resolved.textProperty().bind(withKey(i18n.text("guide.answer.resolved"), KEY_RESOLVED));
        notResolved.textProperty().bind(withKey(i18n.text("guide.answer.notResolved"), KEY_NOT_RESOLVED));
        skip.textProperty().bind(withKey(i18n.text("guide.answer.skip"), KEY_SKIP));

        resolved.setOnAction(e -> model.answer(Answer.RESOLVED));
        notResolved.setOnAction(e -> model.answer(Answer.NOT_RESOLVED));
        skip.setOnAction(e -> model.answer(Answer.SKIPPED));
        scroll.vvalueProperty().addListener((obs, old, now) -> {
            if (causeOnScreen != null) {
                scrolledTo.put(causeOnScreen, now.doubleValue());
            }
        });
        InvalidationListener rebuild = obs -> show();
        model.revisionProperty().addListener(rebuild);
        show();
    }

    private static void answer(Button button, String id, String style, String icon) {
        button.setId(id);
        button.getStyleClass().addAll(style, "answer");
        button.setGraphic(new FontIcon(icon));
        button.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** The answer's words, then its key as the platform writes it (e.g. "Alt+R"). */
    private static StringExpression withKey(StringBinding words, KeyCombination key) {
        return Bindings.concat(words, "   ", key.getDisplayText());
    }

    /** The three answers' keys, for the scene: they work wherever the focus is while a cause is on screen. */
    public void installKeys(Map<KeyCombination, Runnable> accelerators) {
        accelerators.put(KEY_RESOLVED, () -> fireIfShown(resolved));
        accelerators.put(KEY_NOT_RESOLVED, () -> fireIfShown(notResolved));
        accelerators.put(KEY_SKIP, () -> fireIfShown(skip));
    }

    private void fireIfShown(Button button) {
        if (answers.isVisible() && getScene() != null && isVisibleInScene()) {
            button.fire();
        }
    }

    private boolean isVisibleInScene() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The command cards of the cause on screen, in the order they are shown. */
    public List<CommandView> commandsOnScreen() {
        Node content = scroll.getContent();
        if (!(content instanceof CauseCard)) {
            return List.of();
        }
        return content.lookupAll(".command-card").stream().filter(CommandView.class::isInstance)
                .map(CommandView.class::cast).toList();
    }

    private void show() {
        ErrorEntry entry = model.entryProperty().get();
        Cause cause = model.currentCause().orElse(null);
        var now = new Shown(entry, model.positionProperty().get(), Map.copyOf(model.answers()),
                model.outcomeProperty().get());
        if (now.equals(shown)) {
            // Only steps done changed (here or in the checklist): the card stays, its boxes follow.
            syncSteps(scroll.getContent());
            return;
        }
        boolean sameError = shown != null && shown.entry() != null && entry != null
                && Objects.equals(shown.entry().key(), entry.key());
        if (!sameError) {
            scrolledTo.clear();
        }
        shown = now;
        answers.setVisible(cause != null);
        answers.setManaged(cause != null);
        String key = cause == null ? (entry == null ? null : "end") : cause.id();
        causeOnScreen = null;
        if (entry == null) {
            scroll.setContent(new EmptyCard(i18n));
        } else if (cause == null) {
            scroll.setContent(new EndCard(entry, model, i18n));
        } else {
            scroll.setContent(new CauseCard(cause, model, i18n, renderer, commands));
        }
        scroll.setVvalue(key == null ? 0 : scrolledTo.getOrDefault(key, 0.0));
        causeOnScreen = key;
    }

    private void syncSteps(@Nullable Node content) {
        if (content == null) {
            return;
        }
        for (Node node : content.lookupAll(".guide-step")) {
            if (node instanceof StepView step) {
                step.check().setSelected(model.done().contains(step.stepId()));
            }
        }
    }
}
