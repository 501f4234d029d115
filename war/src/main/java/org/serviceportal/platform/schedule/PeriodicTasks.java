package org.serviceportal.platform.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The portal's periodic jobs (mail delivery, breach check, newsletter dispatch): each started once
 * by the feature that owns it, all stopped with the application. A round can also be asked for now,
 * e.g. after a test moved the clock.
 */
@ApplicationScoped
public class PeriodicTasks {

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    private final Map<String, PeriodicTask> tasks = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> schedules = new ConcurrentHashMap<>();

    /**
     * Runs {@code round} every {@code interval} (counted from the end of a round), the first time
     * after {@code firstDelay}.
     *
     * @throws IllegalStateException when a task of that name runs already
     */
    public PeriodicTask start(String name, Duration interval, Duration firstDelay, Runnable round) {
        Duration every = interval.isNegative() || interval.isZero() ? Duration.ofSeconds(1) : interval;
        var task = new PeriodicTask(name, every, round, clock);
        if (tasks.putIfAbsent(name, task) != null) {
            throw new IllegalStateException("A periodic task named " + name + " runs already");
        }
        schedules.put(name, scheduler.scheduleWithFixedDelay(task::runScheduled,
                Math.max(0, firstDelay.toMillis()), every.toMillis(), TimeUnit.MILLISECONDS));
        return task;
    }

    /** Stops the task of that name, if one runs; a round that is running finishes. */
    public void stop(String name) {
        tasks.remove(name);
        ScheduledFuture<?> schedule = schedules.remove(name);
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    public Optional<PeriodicTask> find(String name) {
        return Optional.ofNullable(tasks.get(name));
    }

    public Collection<PeriodicTask> all() {
        return List.copyOf(tasks.values());
    }

    /**
     * Asks every task for one more round soon, in the scheduler's threads, after the one that may be
     * running (so that a moved clock is seen without waiting for the interval).
     */
    public void wakeAll() {
        for (PeriodicTask task : all()) {
            scheduler.execute(() -> task.runNow());
        }
    }

    @PreDestroy
    void stopAll() {
        for (String name : List.copyOf(tasks.keySet())) {
            stop(name);
        }
    }
}
