package io.troubleshooter.incident;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Saves watched incidents on a background thread at most {@code delay} after a change, however many changes
 * follow, so every change is on disk within a second while typing costs no disk write per key. Only the
 * latest state of each incident is written. Call {@link #close()} on exit: it saves what is pending first.
 */
public final class AutoSaver implements AutoCloseable {

    public static final Duration DEFAULT_DELAY = Duration.ofMillis(500);
    private static final System.Logger LOG = System.getLogger(AutoSaver.class.getName());

    private final IncidentStore store;
    private final Duration delay;
    private final Consumer<Incident> onSaved;
    private final BiConsumer<Incident, IOException> onError;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "incident-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Incident> pending = new LinkedHashMap<>();
    private final Consumer<Incident> listener = this::changed;
    private boolean scheduled;

    public AutoSaver(IncidentStore store) {
        this(store, DEFAULT_DELAY, saved -> { }, (incident, error) -> { });
    }

    /**
     * @param delay   how long after the first unsaved change to save; at most one second
     * @param onSaved called on the saving thread after each incident is on disk
     * @param onError called on the saving thread when a save fails; the incident stays pending and is
     *                tried again with the next change or {@link #flush()}
     */
    public AutoSaver(IncidentStore store, Duration delay, Consumer<Incident> onSaved,
                     BiConsumer<Incident, IOException> onError) {
        if (delay.isNegative() || delay.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("an auto-save delay between 0 and 1 s keeps the one-second promise");
        }
        this.store = Objects.requireNonNull(store);
        this.delay = delay;
        this.onSaved = Objects.requireNonNull(onSaved);
        this.onError = Objects.requireNonNull(onError);
    }

    /** Saves the session's every change from now on, and its current state right away. */
    public void watch(IncidentSession session) {
        session.addListener(listener);
        changed(session.incident());
    }

    public void unwatch(IncidentSession session) {
        session.removeListener(listener);
    }

    /**
     * Queues a state to be saved; a later state of the same incident replaces it. After {@link #close()} nothing
     * is saved any more: the change is logged as lost rather than thrown at whoever made it.
     */
    public void changed(Incident incident) {
        synchronized (pending) {
            pending.put(incident.id(), incident);
            if (!scheduled) {
                try {
                    thread.schedule(this::savePending, delay.toMillis(), TimeUnit.MILLISECONDS);
                    scheduled = true;
                } catch (RejectedExecutionException e) {
                    LOG.log(System.Logger.Level.ERROR, "A change of incident " + incident.id()
                            + " came after saving had stopped; it is not saved.");
                }
            }
        }
    }

    /** Saves everything pending now and returns when it is on disk (or has failed and been reported). */
    public void flush() {
        flush(Duration.ofDays(1));
    }

    /**
     * The same, waiting at most {@code timeout} (a save already under way is finished first); false when the
     * saves are not all done by then.
     */
    public boolean flush(Duration timeout) {
        try {
            thread.submit(this::savePending).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException e) {
            return false;
        } catch (RejectedExecutionException e) {
            // Closed: close() saved what was pending then.
            synchronized (pending) {
                return pending.isEmpty();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("auto-save failed", e.getCause());
        }
    }

    /** Saves what is pending and stops the saving thread. */
    @Override
    public void close() {
        flush();
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void savePending() {
        ArrayList<Incident> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending.values());
            pending.clear();
            scheduled = false;
        }
        for (Incident incident : batch) {
            try {
                store.save(incident);
            } catch (IOException | RuntimeException e) {
                synchronized (pending) {
                    pending.putIfAbsent(incident.id(), incident);
                }
                onError.accept(incident, e instanceof IOException io ? io
                        : new IOException("the incident could not be written (" + e + ")", e));
                continue;
            }
            onSaved.accept(incident);
        }
    }
}
