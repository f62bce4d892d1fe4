package io.troubleshooter.cli;

import io.troubleshooter.SharedFolder;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Terms;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * How well the engine reads articles, scored against hand-made gold files: the real-article corpus in
 * {@code ../shared/corpus} and the shipped articles' gold in {@code ../shared/seeds/gold}. A failure lists the
 * targets missed, then each article's line and the totals, so it shows where recall is lost.
 */
class GoldScoreTest {

    @Test
    void sharedCorpusMeetsTheReadingTargets() {
        Path corpus = SharedFolder.require("corpus");
        Path gold = SharedFolder.require("corpus", "gold");
        var catalog = Catalog.build(ContentLoader.loadDirectories(List.of(corpus)), Terms.shipped());
        GoldScore.Result result = GoldScore.score(gold, InspectCommand.toJson(catalog), false);
        GoldScore.Totals t = result.totals();

        var missed = new Targets(result);
        missed.atLeast("entries recall", t.entriesRecall(), 0.95);
        missed.atLeast("causes recall", t.causesRecall(), 0.90);
        missed.atLeast("commands recall", t.commandsRecall(), 0.90);
        missed.atMost("spurious entries (at most 5 % of " + t.entries() + " gold entries)", t.spurious(),
                0.05 * t.entries());
        missed.atLeast("matched entries with a cause or step", t.withCauseOrStepShare(), 1.0);
        missed.check();
    }

    @Test
    void shippedArticlesMeetTheirGold() {
        Path gold = SharedFolder.require("seeds", "gold");
        GoldScore.Result result = GoldScore.score(gold, InspectCommand.toJson(Catalog.loadShipped()), false);
        GoldScore.Totals t = result.totals();

        var missed = new Targets(result);
        missed.atLeast("entries recall", t.entriesRecall(), 1.0);
        missed.atLeast("causes recall", t.causesRecall(), 0.90);
        missed.atLeast("commands recall", t.commandsRecall(), 0.90);
        missed.atLeast("commands precision", t.commandsPrecision(), 0.90);
        missed.atMost("spurious entries", t.spurious(), 0);
        missed.check();
    }

    /** The targets a score misses; {@link #check} fails with them and the score's report. */
    private static final class Targets {

        private final GoldScore.Result result;
        private final List<String> missed = new ArrayList<>();

        Targets(GoldScore.Result result) {
            assertTrue(result.totals().entries() > 0, () -> "no gold entries:\n" + result.report());
            this.result = result;
        }

        void atLeast(String figure, double value, double target) {
            if (!(value >= target)) {
                missed.add(figure + " " + show(value) + " < " + show(target));
            }
        }

        void atMost(String figure, double value, double target) {
            if (!(value <= target)) {
                missed.add(figure + " " + show(value) + " > " + show(target));
            }
        }

        private static String show(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : GoldScore.twoDecimals(value);
        }

        void check() {
            if (!missed.isEmpty()) {
                fail("Targets missed: " + String.join("; ", missed) + "\n" + result.report());
            }
        }
    }
}
