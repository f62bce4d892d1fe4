package io.troubleshooter.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The lines a child process prints, read as they come: a test waits for the line it needs, or for the end of the
 * output once the process is gone, instead of sleeping and hoping.
 */
public final class ChildOutput {

    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    public ChildOutput(Process process) {
        Thread.ofPlatform().daemon().name("child-output").start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // The pipe breaks when the child is killed: that is the end of its output too.
            } finally {
                ended.countDown();
                synchronized (lines) {
                    lines.notifyAll();
                }
            }
        });
    }

    /** Waits until {@code count} lines match, or the output ends; true when they did. */
    public boolean await(Predicate<String> match, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.stream().filter(match).count() < count) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || ended.getCount() == 0) {
                    return lines.stream().filter(match).count() >= count;
                }
                lines.wait(left);
            }
            return true;
        }
    }

    /** Waits for the end of the output (the child has exited and every line it printed has been read). */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
