package dev.grudrill.term;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one ticker thread of an interview: runs a tick (refresh the countdown, notice that time is up)
 * every period while a question is being answered. After {@link #stop()} returns, no tick runs any
 * more, so a tick can never interrupt the answering thread once it has moved on.
 */
final class Countdown implements AutoCloseable {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gru-drill-countdown");
        t.setDaemon(true);
        return t;
    });
    private final Duration period;
    private final Object guard = new Object();
    private ScheduledFuture<?> task;
    private boolean active;

    Countdown(Duration period) {
        this.period = period;
    }

    void start(Runnable tick) {
        stop();
        synchronized (guard) {
            active = true;
        }
        task = executor.scheduleAtFixedRate(() -> {
            synchronized (guard) {
                if (active) {
                    tick.run();
                }
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        synchronized (guard) {
            active = false;
        }
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
