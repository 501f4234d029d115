package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The report's confirmation says a mail was sent only when one is on its way. */
class ReportIncidentFormTest {

    @Test
    void saysAMailWasSentOnlyWithAMailServerAndAQueuedMail() {
        assertTrue(ReportIncidentForm.mailSent(true, true));
        assertFalse(ReportIncidentForm.mailSent(false, true), "no mail server: the mail waits in the outbox, unsent");
        assertFalse(ReportIncidentForm.mailSent(true, false), "the address had its share of mails today");
        assertFalse(ReportIncidentForm.mailSent(false, false));
    }
}
