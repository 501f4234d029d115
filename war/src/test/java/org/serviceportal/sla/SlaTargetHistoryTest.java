package org.serviceportal.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serviceportal.sla.SlaTargetService.TargetHistory;
import org.serviceportal.sla.SlaTargetService.TargetHistory.Step;

class SlaTargetHistoryTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APR = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

    private static BigDecimal pct(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aTargetAppliesFromItsStartNotBefore() {
        var h = new TargetHistory("p", "c", List.of(new Step(FEB.plusSeconds(3600), pct("99.300"), null)));
        assertNull(h.percentDuring(JAN, FEB), "no target before it was added");
        assertEquals(pct("99.300"), h.percentDuring(FEB, MAR), "the month it was added in has it");
        assertEquals(pct("99.300"), h.percentDuring(MAR, APR));
    }

    @Test
    void anEndedTargetKeepsItsPastAndAppliesNoLonger() {
        var h = new TargetHistory("p", "c", List.of(new Step(JAN, pct("99.000"), null),
                new Step(FEB, pct("99.500"), MAR.plusSeconds(60))));
        assertEquals(pct("99.000"), h.percentDuring(JAN, FEB));
        assertEquals(pct("99.500"), h.percentDuring(MAR, APR), "it applied for a minute of March");
        assertNull(h.percentDuring(APR, MAY));
    }

    @Test
    void aTargetThatAppliesAgainLeavesItsGapEmpty() {
        var h = new TargetHistory("p", "c", List.of(new Step(JAN, pct("99.000"), FEB),
                new Step(APR, pct("98.000"), null)));
        assertNull(h.percentDuring(FEB, MAR), "ended in between");
        assertNull(h.percentDuring(MAR, APR));
        assertEquals(pct("98.000"), h.percentDuring(APR, MAY));
    }

    @Test
    void theDefaultTargetsAreReadFromTheSettingAndBadEntriesLeftOut() {
        assertEquals(Map.of("office-hours", pct("99.3"), "outside-office-hours", pct("95")),
                SlaTargetService.parseDefaults(SlaTargetService.DEFAULT_TARGETS));
        assertEquals(Map.of("24-7", pct("99.9")), SlaTargetService.parseDefaults("24-7=99.9, x=abc, y=101, =5, z"));
        assertEquals(Map.of(), SlaTargetService.parseDefaults(""));
    }
}
