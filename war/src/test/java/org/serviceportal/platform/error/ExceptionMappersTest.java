package org.serviceportal.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExceptionMappersTest {

    @Test
    void aLibrarysOverflowAnswers400WithoutNamingAnExceptionClass() {
        IllegalArgumentException overflow = null;
        try {
            Timestamp.from(Instant.MAX);
        } catch (IllegalArgumentException e) {
            overflow = e;
        }
        String detail = ExceptionMappers.ownMessage(overflow);
        assertFalse(detail.contains("Exception"), detail);
        assertFalse(detail.contains("java."), detail);
        assertEquals(ExceptionMappers.OUT_OF_RANGE,
                ExceptionMappers.ownMessage(new IllegalArgumentException("java.lang.ArithmeticException: long overflow")));
    }

    @Test
    void thePortalsOwnMessagesAreKept() {
        assertEquals("from must be a month such as 2026-03",
                ExceptionMappers.ownMessage(new IllegalArgumentException("from must be a month such as 2026-03")));
    }
}
