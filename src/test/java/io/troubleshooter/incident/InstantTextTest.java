package io.troubleshooter.incident;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Times in incident files are read as {@link Instant#parse} reads them: the same instants, the same refusals. */
class InstantTextTest {

    @Test
    void everyTimeTheAppWritesReadsBackAsTheSameInstant() {
        var random = new Random(20261129L);
        for (int i = 0; i < 100_000; i++) {
            var instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_402_300_799L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertEquals(instant, InstantText.parse(instant.toString()), instant::toString);
        }
    }

    @Test
    void oddTextIsAcceptedOrRefusedExactlyAsInstantParseDoes() {
        for (String text : List.of("2025-03-14T10:15:30Z", "2025-03-14T10:15:30.5Z", "2025-03-14T10:15:30.123456789Z",
                "2025-03-14T10:15:30.1234567890Z", "2025-03-14T10:15:30.Z", "2025-03-14t10:15:30z",
                "2025-02-30T10:15:30Z", "2025-13-14T10:15:30Z", "2025-03-14T24:00:00Z", "2016-12-31T23:59:60Z",
                "2025-03-14T10:15:61Z", "+12025-03-14T10:15:30Z", "-0001-03-14T10:15:30Z", "2025-03-14T10:15:30",
                "2025-03-14T10:15:30+01:00", "٢٠٢٥-03-14T10:15:30Z", "2025-03-14 10:15:30Z", "2025-3-14T10:15:30Z",
                "2025-03-14T10:15:3aZ", "", "Z", "2025-03-14T10:15:30.-5Z")) {
            assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> InstantText.parse(text)), text);
        }
    }

    private static String outcome(Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
