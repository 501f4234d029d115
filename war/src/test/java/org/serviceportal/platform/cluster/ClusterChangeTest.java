package org.serviceportal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterChangeTest {

    @Test
    void aChangeTravelsAsTextAndBack() {
        var change = new ClusterChange(ClusterChange.Kind.PRODUCT_STATUS, "toegangsbeheer");
        assertEquals("PRODUCT_STATUS toegangsbeheer", change.encode());
        assertEquals(Optional.of(change), ClusterChange.decode(change.encode()));
        var calendar = new ClusterChange(ClusterChange.Kind.CALENDAR, null);
        assertEquals(Optional.of(calendar), ClusterChange.decode(calendar.encode()));
        assertEquals("", calendar.key());
    }

    @Test
    void aMessageOfANewerNodeIsIgnored() {
        assertTrue(ClusterChange.decode("SOMETHING_NEW key").isEmpty());
        assertTrue(ClusterChange.decode(null).isEmpty());
    }
}
