package io.troubleshooter.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record, in UTC whatever the machine's zone, so logs from several machines read alike:
 * {@code 2026-03-04T10:15:30.123Z WARNING io.troubleshooter.ui.App [content-loader] message}, then the stack
 * trace when there is one.
 */
final class LineFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    @Override
    public String format(LogRecord record) {
        var line = new StringBuilder(160)
                .append(TIME.format(record.getInstant())).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(" [")
                .append(threadName(record)).append("] ")
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            var trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    /** The thread that logged, when it is the one handing the record over (it is for System.Logger records). */
    private static String threadName(LogRecord record) {
        return Thread.currentThread().threadId() == record.getLongThreadID()
                ? Thread.currentThread().getName() : "thread " + record.getLongThreadID();
    }
}
