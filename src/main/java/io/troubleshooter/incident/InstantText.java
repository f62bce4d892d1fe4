package io.troubleshooter.incident;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times as incident files hold them, read quickly: an incident of ten thousand items holds tens of thousands, and
 * {@link Instant#parse} was most of the time an incident took to open. The shape the app writes
 * ({@code 2025-03-14T10:15:30.123Z}, as {@link Instant#toString()} gives it) is read by hand; anything else goes
 * to {@link Instant#parse}, so what is accepted and refused is the same.
 */
final class InstantText {

    private static final int SECONDS_END = 19; // "2025-03-14T10:15:30".length()
    private static final int[] SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private InstantText() {
    }

    static Instant parse(String text) {
        if (text.length() < SECONDS_END + 1 || text.length() > SECONDS_END + 11 || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(text.length() - 1) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        int end = text.length() - 1;
        if (end > SECONDS_END) {
            if (text.charAt(SECONDS_END) != '.' || end == SECONDS_END + 1) {
                return Instant.parse(text);
            }
            int fraction = digits(text, SECONDS_END + 1, end);
            nanos = fraction < 0 ? -1 : fraction * SCALE[9 - (end - SECONDS_END - 1)];
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
            return Instant.parse(text);
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            // Hour 24, the 31st of a short month, a leap second: Instant.parse says what it makes of them.
            return Instant.parse(text);
        }
    }

    /** The number the digits in {@code [from, to)} make, or -1 when one of them is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
