package org.serviceportal.platform.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-04T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void buildsOnceUntilInvalidated() {
        var builds = new AtomicInteger();
        var s = new Snapshot<>(Clock.systemUTC(), now -> Snapshot.Built.untilChanged(builds.incrementAndGet()));
        assertEquals(1, s.get());
        assertEquals(1, s.get());
        s.invalidate();
        assertEquals(2, s.get());
        assertEquals(2, s.get());
    }

    @Test
    void rebuildsAtTheTimeBoundaryItWasGiven() {
        var clock = new MovableClock();
        var builds = new AtomicInteger();
        Instant boundary = clock.now.plusSeconds(60);
        var s = new Snapshot<>(clock, now -> Snapshot.Built.until(builds.incrementAndGet(), boundary));
        assertEquals(1, s.get());
        clock.now = boundary.minusMillis(1);
        assertEquals(1, s.get());
        clock.now = boundary;
        assertEquals(2, s.get());
    }

    @Test
    void rebuildsWhenTheClockWasPutBackBeforeTheBuild() {
        var clock = new MovableClock();
        Instant start = clock.now;
        var builds = new AtomicInteger();
        var s = new Snapshot<>(clock, now -> Snapshot.Built.until(builds.incrementAndGet(), now.plusSeconds(3600)));
        clock.now = start.plusSeconds(5 * 3600); // a test moved the clock ahead
        assertEquals(1, s.get());
        clock.now = start; // and put it back: what was built "later" is not right now
        assertEquals(2, s.get());
        assertEquals(2, s.get());
    }

    @Test
    void aChangeDuringABuildLeavesThatBuildStale() throws Exception {
        var data = new AtomicReference<>("old");
        var inBuild = new CountDownLatch(1);
        var changed = new CountDownLatch(1);
        var first = new AtomicInteger();
        var s = new Snapshot<>(Clock.systemUTC(), now -> {
            String read = data.get();
            if (first.getAndIncrement() == 0) {
                inBuild.countDown();
                await(changed);
            }
            return Snapshot.Built.untilChanged(read);
        });
        var pool = Executors.newSingleThreadExecutor();
        try {
            var reader = pool.submit(s::get);
            await(inBuild);
            // the change commits while the first build still holds the old data
            data.set("new");
            s.invalidate();
            changed.countDown();
            assertEquals("old", reader.get(10, TimeUnit.SECONDS));
            assertEquals("new", s.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readersKeepTheOldValueWhileOneRebuilds() throws Exception {
        var release = new CountDownLatch(1);
        var rebuilding = new CountDownLatch(1);
        var builds = new AtomicInteger();
        var s = new Snapshot<>(Clock.systemUTC(), now -> {
            int n = builds.incrementAndGet();
            if (n == 2) {
                rebuilding.countDown();
                await(release);
            }
            return Snapshot.Built.untilChanged(n);
        });
        assertEquals(1, s.get());
        s.invalidate();
        var pool = Executors.newSingleThreadExecutor();
        try {
            var rebuilder = pool.submit(s::get);
            await(rebuilding);
            assertEquals(1, s.get(), "a reader does not wait for the rebuild");
            release.countDown();
            assertEquals(2, rebuilder.get(10, TimeUnit.SECONDS));
            assertEquals(2, s.get());
            assertEquals(2, builds.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
