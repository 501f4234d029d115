package org.serviceportal.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.serviceportal.calendar.Interval;

class IntervalsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final int DOMAIN_MINUTES = 240;

    /** [a, b) in minutes after T0. */
    private static Interval m(int a, int b) {
        return Interval.of(T0.plusSeconds(60L * a), T0.plusSeconds(60L * b));
    }

    @Test
    void mergeJoinsOverlappingAndTouchingIntervalsInOrder() {
        assertEquals(List.of(m(0, 30), m(40, 50)), Intervals.merge(List.of(m(40, 50), m(10, 30), m(0, 10), m(5, 20))));
        assertEquals(List.of(), Intervals.merge(List.of()));
    }

    @Test
    void clipCutsToTheBounds() {
        assertEquals(List.of(m(10, 20), m(30, 35)), Intervals.clip(List.of(m(0, 20), m(30, 50), m(60, 70)), m(10, 35)));
    }

    @Test
    void intersectKeepsTheCommonTime() {
        assertEquals(List.of(m(5, 10), m(20, 25), m(30, 40)),
                Intervals.intersect(List.of(m(0, 10), m(20, 40)), List.of(m(5, 25), m(30, 60))));
        assertEquals(List.of(), Intervals.intersect(List.of(m(0, 10)), List.of(m(10, 20))), "touching shares nothing");
    }

    @Test
    void subtractRemovesTheCutsEvenAcrossSeveralIntervals() {
        assertEquals(List.of(m(0, 5), m(25, 30), m(45, 50)),
                Intervals.subtract(List.of(m(0, 10), m(20, 30), m(40, 50)), List.of(m(5, 25), m(30, 45))));
        assertEquals(List.of(), Intervals.subtract(List.of(m(10, 20)), List.of(m(0, 30))));
    }

    @Test
    void totalDurationCountsOverlapsOnce() {
        assertEquals(Duration.ofMinutes(30), Intervals.totalDuration(List.of(m(0, 20), m(10, 30))));
    }

    @Test
    void resultsCannotBeModified() {
        List<Interval> merged = Intervals.merge(List.of(m(0, 1)));
        assertThrows(UnsupportedOperationException.class, () -> merged.add(m(2, 3)));
    }

    // ---- properties against a set of minutes --------------------------------------------------

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10).map(i -> i * 104_729);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void operationsMatchASetOfMinutesModel(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 100; round++) {
            List<Interval> a = randomIntervals(random);
            List<Interval> b = randomIntervals(random);
            BitSet sa = minutes(a);
            BitSet sb = minutes(b);
            String inputs = "seed " + seed + " round " + round + ": a=" + a + " b=" + b;

            assertEquals(runs(sa), Intervals.merge(a), () -> "merge " + inputs);
            BitSet and = (BitSet) sa.clone();
            and.and(sb);
            assertEquals(runs(and), Intervals.intersect(a, b), () -> "intersect " + inputs);
            BitSet minus = (BitSet) sa.clone();
            minus.andNot(sb);
            assertEquals(runs(minus), Intervals.subtract(a, b), () -> "subtract " + inputs);
            assertEquals(Duration.ofMinutes(sa.cardinality()), Intervals.totalDuration(a), () -> "total " + inputs);
            if (!b.isEmpty()) {
                Interval bounds = b.get(0);
                BitSet clipped = (BitSet) sa.clone();
                clipped.and(minutes(List.of(bounds)));
                assertEquals(runs(clipped), Intervals.clip(a, bounds), () -> "clip " + inputs);
            }
        }
    }

    private static List<Interval> randomIntervals(Random random) {
        List<Interval> list = new ArrayList<>();
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(DOMAIN_MINUTES - 1);
            list.add(m(start, start + 1 + random.nextInt(Math.min(60, DOMAIN_MINUTES - start - 1) + 1)));
        }
        return list;
    }

    private static BitSet minutes(List<Interval> intervals) {
        BitSet set = new BitSet(DOMAIN_MINUTES);
        for (Interval i : intervals) {
            set.set((int) Duration.between(T0, i.start()).toMinutes(), (int) Duration.between(T0, i.end()).toMinutes());
        }
        return set;
    }

    private static List<Interval> runs(BitSet set) {
        List<Interval> runs = new ArrayList<>();
        for (int start = set.nextSetBit(0); start >= 0; start = set.nextSetBit(start)) {
            int end = set.nextClearBit(start);
            runs.add(m(start, end));
            start = end;
        }
        return runs;
    }
}
