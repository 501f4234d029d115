package org.serviceportal.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now": inject {@link Clock} so that tests can move time. A test portal
 * ({@code portal.testing.clock=true}, never set in production) gets a {@link MovableClock} that the
 * administrators' testing endpoint can move; every other portal gets the system clock, which nothing
 * can move.
 */
@ApplicationScoped
public class ClockProducer {

    public static final String TESTING_CLOCK = "portal.testing.clock";

    @Inject
    @ConfigProperty(name = TESTING_CLOCK, defaultValue = "false")
    boolean testingClock;

    private Clock clock;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return system();
    }

    /** The clock this portal runs on. */
    synchronized Clock system() {
        if (clock == null) {
            clock = testingClock ? new MovableClock(Clock.systemUTC()) : Clock.systemUTC();
        }
        return clock;
    }

    /** The movable clock of a test portal; empty on any other portal. */
    public Optional<MovableClock> movable() {
        return system() instanceof MovableClock m ? Optional.of(m) : Optional.empty();
    }
}
