package org.serviceportal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serviceportal.availability.OutageView;
import org.serviceportal.availability.Severity;
import org.serviceportal.catalog.ProductStatus;

class PublicStatusTest {

    private static OutageView outage(Severity severity, String causedBy) {
        return new OutageView(1, "p", Instant.parse("2026-03-02T10:00:00Z"), null, severity, "cause", causedBy, 0);
    }

    @Test
    void anExternalServiceIsAsBadAsTheWorstOutageItCauses() {
        var open = List.of(outage(Severity.DEGRADED, "fas"), outage(Severity.PARTIAL, "fas"), outage(Severity.MAJOR, null));
        assertEquals(ProductStatus.PARTIAL_OUTAGE, PublicStatus.externalStatus(open, "fas"));
        assertEquals(ProductStatus.OPERATIONAL, PublicStatus.externalStatus(open, "other"));
    }

    @Test
    void anExternalServiceCausingNothingOpenIsOperational() {
        assertEquals(ProductStatus.OPERATIONAL, PublicStatus.externalStatus(List.of(), "fas"));
        assertEquals(ProductStatus.DEGRADED, PublicStatus.externalStatus(List.of(outage(Severity.DEGRADED, "fas")), "fas"));
        assertEquals(ProductStatus.MAJOR_OUTAGE, PublicStatus.externalStatus(
                List.of(outage(Severity.PARTIAL, "fas"), outage(Severity.MAJOR, "fas")), "fas"));
    }

    @Test
    void theIndicatorWeighsStatusesAsTheStatusServiceDoes() {
        assertEquals(List.of(ProductStatus.OPERATIONAL, ProductStatus.DEGRADED, ProductStatus.MAINTENANCE,
                ProductStatus.PARTIAL_OUTAGE, ProductStatus.MAJOR_OUTAGE),
                Arrays.stream(ProductStatus.values()).sorted(Comparator.comparingInt(PublicStatus::rank)).toList());
    }

    @Test
    void theStatusPageChangesAtMidnightInBrussels() {
        assertEquals(Instant.parse("2026-03-02T23:00:00Z"),
                StatusPublicPages.nextMidnight(Instant.parse("2026-03-02T10:00:00Z")));
        assertEquals(Instant.parse("2026-07-02T22:00:00Z"),
                StatusPublicPages.nextMidnight(Instant.parse("2026-07-01T22:00:00Z")), "at midnight exactly: the next");
    }

    @Test
    void updatedAtCountsTheMomentAnOutageWasResolved() {
        Instant now = Instant.parse("2026-03-02T15:00:00Z");
        Instant startOfDay = Instant.parse("2026-03-01T23:00:00Z");
        assertEquals(startOfDay, PublicStatus.updatedAt(now, List.of(), List.of(), List.of()), "nothing happened today");
        var resolved = new OutageView(2, "p", Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T14:20:00Z"),
                Severity.MAJOR, "cause", null, 1);
        var open = new OutageView(3, "q", Instant.parse("2026-03-02T11:00:00Z"), null, Severity.PARTIAL, "cause", null, 0);
        assertEquals(Instant.parse("2026-03-02T14:20:00Z"),
                PublicStatus.updatedAt(now, List.of(open), List.of(), List.of(resolved)),
                "the resolution is later than the open outage's start");
        assertEquals(Instant.parse("2026-03-02T11:00:00Z"), PublicStatus.updatedAt(now, List.of(open), List.of(), List.of(
                new OutageView(4, "p", Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"),
                        Severity.MAJOR, "cause", null, 1))), "an earlier resolution changes nothing");
        var endsLater = new OutageView(5, "p", Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T16:00:00Z"),
                Severity.MAJOR, "cause", null, 1);
        assertEquals(startOfDay, PublicStatus.updatedAt(now, List.of(), List.of(), List.of(endsLater)),
                "an end still to come is no change yet");
    }
}
