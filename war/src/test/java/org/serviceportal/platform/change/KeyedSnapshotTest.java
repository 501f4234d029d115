package org.serviceportal.platform.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyedSnapshotTest {

    record Key(String product, int day) {
    }

    @Test
    void keepsValuesUntilTheirKeysAreInvalidated() {
        var s = new KeyedSnapshot<Key, String>();
        long g = s.generation();
        assertTrue(s.keep(new Key("a", 1), "a1", g));
        assertTrue(s.keep(new Key("b", 1), "b1", g));
        assertEquals("a1", s.get(new Key("a", 1)));

        s.invalidate(k -> k.product().equals("a"));
        assertNull(s.get(new Key("a", 1)));
        assertEquals("b1", s.get(new Key("b", 1)), "another key's value stays");

        s.invalidateAll();
        assertEquals(0, s.size());
    }

    @Test
    void aValueReadBeforeAChangeIsNotKeptAfterIt() {
        var s = new KeyedSnapshot<Key, String>();
        long readAt = s.generation();
        // the reader read the old data; then a change committed
        s.invalidate(k -> k.product().equals("a"));
        assertFalse(s.keep(new Key("a", 1), "old", readAt));
        assertNull(s.get(new Key("a", 1)));
        // read again after the change: kept
        assertTrue(s.keep(new Key("a", 1), "new", s.generation()));
        assertEquals("new", s.get(new Key("a", 1)));
    }

    @Test
    void forgettingForMemoryLetsRunningBuildsKeepTheirValues() {
        var s = new KeyedSnapshot<Key, String>();
        long readAt = s.generation();
        s.keep(new Key("a", 1), "a1", readAt);
        s.forget(k -> k.day() < 2);
        assertNull(s.get(new Key("a", 1)));
        assertTrue(s.keep(new Key("a", 2), "a2", readAt));
    }
}
