package org.serviceportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;

/**
 * The test portal's clock ({@code portal.testing.clock}) and its periodic tasks, through
 * {@code /api/v1/testing}: move time instead of waiting for it, and run a task's round instead of
 * waiting for its interval.
 */
public final class TestClock {

    /** The periodic tasks of the portal, by name. */
    public static final String OUTBOX_SENDER = "outbox-sender";
    public static final String BREACH_CHECK = "breach-check";
    public static final String NEWSLETTER_SENDER = "newsletter-sender";

    /** What a test does while the clock is moved. */
    @FunctionalInterface
    public interface During {
        void run() throws Exception;
    }

    private TestClock() {
    }

    /**
     * Runs {@code during} with the shared test portal's clock {@code offset} ahead of the system clock
     * (the move makes every periodic task run a round), then puts the clock back, also when
     * {@code during} fails: other tests share the portal.
     */
    public static void movedBy(Duration offset, During during) throws Exception {
        movedBy(PortalServer.base(), Api.ADMIN, offset, during);
    }

    /** The same, on the node at {@code base}. */
    public static void movedBy(URI base, Api.Auth admin, Duration offset, During during) throws Exception {
        set(base, admin, offset);
        try {
            during.run();
        } finally {
            set(base, admin, Duration.ZERO);
        }
    }

    /**
     * Runs {@code during} with the shared test portal's clock standing still at the system clock's
     * "now", then lets it run again (also when {@code during} fails): whatever {@code during} does
     * happens, by the portal's clock, in one instant, however long the machine takes for it.
     */
    public static void stoppedDuring(During during) throws Exception {
        var r = Api.send(PortalServer.base(), "PUT", "/api/v1/testing/clock", Api.json("offsetSeconds", 0L, "stopped", true),
                Api.ADMIN);
        assertEquals(200, r.statusCode(), r.body());
        try {
            during.run();
        } finally {
            set(PortalServer.base(), Api.ADMIN, Duration.ZERO);
        }
    }

    private static void set(URI base, Api.Auth admin, Duration offset) {
        var r = Api.send(base, "PUT", "/api/v1/testing/clock", Api.json("offsetSeconds", offset.toSeconds()), admin);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** Runs one round of the task now on the shared test portal; answers its state after the round. */
    public static JsonObject runRound(String task) {
        return runRound(PortalServer.base(), Api.ADMIN, task);
    }

    /** Runs one round of the task now on the node at {@code base}; answers its state after the round. */
    public static JsonObject runRound(URI base, Api.Auth admin, String task) {
        var r = Api.send(base, "POST", "/api/v1/testing/tasks/" + task + "/rounds", null, admin);
        assertEquals(200, r.statusCode(), r.body());
        return Api.object(r);
    }

    /**
     * Lets the outbox sender finish two more rounds: whatever was in the outbox and due has then been
     * handed to the mail server, and a copy sent twice would have been sent by now.
     */
    public static void twoMoreSenderRounds() {
        runRound(OUTBOX_SENDER);
        runRound(OUTBOX_SENDER);
    }
}
