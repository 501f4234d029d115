package org.serviceportal.platform.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void countsRoundsAndRecordsWhenTheLastFinished() {
        var runs = new AtomicInteger();
        var task = new PeriodicTask("t", Duration.ofSeconds(5), runs::incrementAndGet, CLOCK);
        assertTrue(task.lastRoundFinishedAt().isEmpty());

        assertEquals(1, task.runNow());
        task.runScheduled();

        assertEquals(2, runs.get());
        assertEquals(new PeriodicTask.State("t", 5, 2, 0, CLOCK.instant()), task.state());
    }

    @Test
    void aFailedRoundIsCountedAndDoesNotStopTheNext() {
        var runs = new AtomicInteger();
        var task = new PeriodicTask("t", Duration.ofSeconds(1), () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
        }, CLOCK);

        task.runScheduled();
        task.runScheduled();

        assertEquals(2, runs.get());
        assertEquals(2, task.state().rounds());
        assertEquals(1, task.state().failedRounds());
    }

    @Test
    void aScheduledRoundIsSkippedWhileAnotherRunsButARequestedOneWaits() throws InterruptedException {
        var inRound = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var runs = new AtomicInteger();
        var task = new PeriodicTask("t", Duration.ofSeconds(1), () -> {
            if (runs.incrementAndGet() == 1) {
                inRound.countDown();
                await(release);
            }
        }, CLOCK);
        var first = new Thread(task::runNow);
        first.start();
        assertTrue(inRound.await(10, TimeUnit.SECONDS));

        task.runScheduled(); // skipped: one round at a time
        assertEquals(1, runs.get());

        var requested = new Thread(task::runNow);
        requested.start();
        release.countDown();
        first.join(10_000);
        requested.join(10_000);

        assertEquals(2, runs.get());
        assertEquals(2, task.state().rounds());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
