package org.serviceportal.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns a span of local date-times into the instants whose local date-time falls in it.
 *
 * <p>Between two offset transitions local time runs in step with real time, so within each such
 * stretch the answer is one interval. A stretch of a spring-forward gap yields nothing for the
 * missing wall-clock hour; on a fall-back day both passes through the repeated hour are found, so
 * the hour counts twice, and a span that starts inside the repeated hour yields two pieces.
 */
final class WallClock {

    /** Offsets stay within ±18 hours, so no instant of a local span lies further out than this. */
    private static final long MAX_OFFSET_SECONDS = 18 * 3600;

    private WallClock() {
    }

    /**
     * Adds to {@code out}, in order, the instants of {@code [from, to)} local time that also lie in
     * {@code [clipStart, clipEnd)}.
     */
    static void addInstants(ZoneRules rules, LocalDateTime from, LocalDateTime to,
            Instant clipStart, Instant clipEnd, List<Interval> out) {
        if (rules.isFixedOffset()) {
            ZoneOffset offset = rules.getOffset(Instant.EPOCH);
            add(from.toInstant(offset), to.toInstant(offset), clipStart, clipEnd, out);
            return;
        }
        Instant searchEnd = Instant.ofEpochSecond(to.toEpochSecond(ZoneOffset.UTC) + MAX_OFFSET_SECONDS);
        Instant stretchStart = Instant.ofEpochSecond(from.toEpochSecond(ZoneOffset.UTC) - MAX_OFFSET_SECONDS);
        while (stretchStart.isBefore(searchEnd)) {
            ZoneOffsetTransition next = rules.nextTransition(stretchStart);
            Instant stretchEnd = next == null || next.getInstant().isAfter(searchEnd)
                    ? searchEnd : next.getInstant();
            ZoneOffset offset = rules.getOffset(stretchStart);
            Instant start = max(stretchStart, from.toInstant(offset));
            Instant end = min(stretchEnd, to.toInstant(offset));
            add(start, end, clipStart, clipEnd, out);
            stretchStart = stretchEnd;
        }
    }

    private static void add(Instant start, Instant end, Instant clipStart, Instant clipEnd, List<Interval> out) {
        Instant s = max(start, clipStart);
        Instant e = min(end, clipEnd);
        if (s.isBefore(e)) {
            out.add(new Interval(s, e));
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
