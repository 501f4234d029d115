package org.serviceportal.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Waiting on state: looks at something until it holds, with a deadline, and fails with the last
 * thing seen. The pause between two looks is the only sleep tests have; no test sleeps to let time pass.
 */
public final class Wait {

    /** What a test looks at; it may throw (an HTTP call, a mail folder). */
    @FunctionalInterface
    public interface Probe<T> {
        T look() throws Exception;
    }

    private Wait() {
    }

    /** Looks at {@code probe} until {@code done} holds for what it answers, at most {@code timeout}; answers that. */
    public static <T> T until(String what, Duration timeout, Probe<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        T last = null;
        Exception failure = null;
        while (true) {
            try {
                last = probe.look();
                failure = null;
                if (done.test(last)) {
                    return last;
                }
            } catch (Exception e) {
                failure = e;
            }
            if (System.nanoTime() > deadline) {
                var error = new AssertionError(what + ": not so within " + timeout.toSeconds() + " s; last seen: "
                        + Objects.toString(last));
                if (failure != null) {
                    error.initCause(failure);
                }
                throw error;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted", e);
            }
            pause = Math.min(500, pause * 2);
        }
    }

    /** Waits until {@code condition} holds, at most {@code timeout}. */
    public static void until(String what, Duration timeout, Probe<Boolean> condition) {
        until(what, timeout, condition, Boolean.TRUE::equals);
    }
}
