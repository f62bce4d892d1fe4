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

/** What the Guide view tests share: an error read from a small article of their own, and the Guide showing it. */
final class GuideFixtures {

    private GuideFixtures() {
    }

    /** The first error of {@code markdown}, read as the en-US article {@code id}. */
    static ErrorEntry firstError(String id, String markdown) {
        var read = ArticleReader.read(ContentFiles.directory(Path.of("target")), id + ".md",
                markdown.getBytes(StandardCharsets.UTF_8), new ArticleReader.Hints(id, "en-US", null));
        return EntryExtractor.extract(read.articles().getFirst(), Terms.shipped()).entries().getFirst();
    }

    /** The Guide, in English, of {@code model}; its commands copy nothing and ask nothing. */
    static GuideView view(GuideViewModel model) {
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
        return new GuideView(model, i18n, new BlockRenderer(commands, link -> { }), commands);
    }
}
