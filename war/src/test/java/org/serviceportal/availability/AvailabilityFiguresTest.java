package org.serviceportal.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvailabilityFiguresTest {

    @ParameterizedTest(name = "{0} s is {1} min")
    @CsvSource({"0, 0", "29, 0", "30, 1", "89, 1", "90, 2", "3600, 60"})
    void roundsMinutesToTheNearestHalfUp(long seconds, long minutes) {
        assertEquals(minutes, AvailabilityFigures.minutes(Duration.ofSeconds(seconds)));
    }

    @Test
    void roundsPercentagesHalfUpToThreeDecimals() {
        // 100 × 199 997 / 200 000 = 99.9985 exactly: half up gives 99.999 (half even would give 99.998).
        // All three seconds external: without them nothing was missed.
        AvailabilityFigures f = AvailabilityFigures.of(Duration.ofSeconds(200_000), Duration.ZERO,
                Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertEquals(new BigDecimal("99.999"), f.availabilityPercent());
        assertEquals(new BigDecimal("100.000"), f.availabilityExcludingExternalPercent());
    }

    @Test
    void computesPercentagesFromExactDurationsNotRoundedMinutes() {
        // 29 s down in 100 min: 0 minutes shown, but the percentage still drops.
        AvailabilityFigures f = AvailabilityFigures.of(Duration.ofMinutes(100), Duration.ZERO,
                Duration.ofSeconds(29), Duration.ZERO);
        assertEquals(0, f.downtimeMinutes());
        assertEquals(new BigDecimal("99.517"), f.availabilityPercent());
    }

    @Test
    void nothingPromisedMeansFullAvailability() {
        AvailabilityFigures f = AvailabilityFigures.of(Duration.ofHours(2), Duration.ofHours(2), Duration.ZERO, Duration.ZERO);
        assertEquals(new BigDecimal("100.000"), f.availabilityPercent());
        assertEquals(new BigDecimal("100.000"), f.availabilityExcludingExternalPercent());
    }

    @Test
    void metComparesThePublishedFigureWithTheTarget() {
        AvailabilityFigures f = new AvailabilityFigures(1000, 0, 3, 0, new BigDecimal("99.700"), new BigDecimal("99.701"));
        assertTrue(f.met(new BigDecimal("99.7")));
        assertFalse(f.met(new BigDecimal("99.7001")));
        assertTrue(f.metExcludingExternal(new BigDecimal("99.701")));
        assertFalse(new AvailabilityFigures(1000, 0, 3, 0, new BigDecimal("99.699"), new BigDecimal("99.699"))
                .met(new BigDecimal("99.7")));
    }

    @Test
    void refusesPartsThatDoNotFitInsideEachOther() {
        assertThrows(IllegalArgumentException.class,
                () -> AvailabilityFigures.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> AvailabilityFigures.of(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(2), Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> AvailabilityFigures.of(Duration.ofHours(2), Duration.ZERO, Duration.ofHours(1), Duration.ofHours(2)));
        assertThrows(IllegalArgumentException.class,
                () -> new AvailabilityFigures(-1, 0, 0, 0, BigDecimal.TEN, BigDecimal.TEN));
    }
}
