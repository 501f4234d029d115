package org.serviceportal.platform.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One job that runs in rounds: one round at a time, a failed round logged and the next one run as
 * planned, and a count of finished rounds that tests wait on ("two more rounds, still one mail")
 * instead of sleeping. Made and scheduled by {@link PeriodicTasks#start}.
 */
public final class PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class.getName());

    /** What a test or an administrator can read about a task. */
    public record State(String name, long intervalSeconds, long rounds, long failedRounds,
            Instant lastRoundFinishedAt) {
    }

    private final String name;
    private final Duration interval;
    private final Runnable round;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicLong failedRounds = new AtomicLong();
    private volatile Instant lastRoundFinishedAt;

    PeriodicTask(String name, Duration interval, Runnable round, Clock clock) {
        this.name = name;
        this.interval = interval;
        this.round = round;
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    public Duration interval() {
        return interval;
    }

    /**
     * Runs one round now, in the caller's thread, after the round that may be running has finished.
     *
     * @return the number of finished rounds, this one included
     */
    public long runNow() {
        oneAtATime.lock();
        try {
            return runRound();
        } finally {
            oneAtATime.unlock();
        }
    }

    /** The scheduled round: skipped when a round asked for by {@link #runNow} is still running. */
    void runScheduled() {
        if (!oneAtATime.tryLock()) {
            return;
        }
        try {
            runRound();
        } finally {
            oneAtATime.unlock();
        }
    }

    private long runRound() {
        try {
            round.run();
        } catch (RuntimeException e) {
            // the schedule goes on: an exception out of a scheduled task would end it for good
            failedRounds.incrementAndGet();
            LOG.log(Level.WARNING, e, () -> "A round of " + name + " failed; the next one runs as planned");
        }
        lastRoundFinishedAt = clock.instant();
        return rounds.incrementAndGet();
    }

    public State state() {
        return new State(name, interval.toSeconds(), rounds.get(), failedRounds.get(), lastRoundFinishedAt);
    }

    /** When the last round finished (by the portal's clock); empty before the first. */
    public Optional<Instant> lastRoundFinishedAt() {
        return Optional.ofNullable(lastRoundFinishedAt);
    }
}
