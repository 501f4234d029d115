package org.serviceportal.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.error.InvalidInputException;

class NumberRangeCheckTest {

    record Line(String name, int quantity) {
    }

    record Order(int sortOrder, Integer days, long version, List<Line> lines) {
    }

    private static void check(String json) {
        NumberRangeCheck.check(Json.createReader(new StringReader(json)).readValue(), Order.class, "");
    }

    @Test
    void refusesAnIntThatWouldWrap() {
        var e = assertThrows(InvalidInputException.class, () -> check("{\"sortOrder\":99999999999}"));
        assertEquals("sortOrder", e.field());
        assertThrows(InvalidInputException.class, () -> check("{\"days\":-2147483649}"));
        assertThrows(InvalidInputException.class, () -> check("{\"sortOrder\":1.5}"));
    }

    @Test
    void looksIntoNestedRecordsAndLists() {
        var e = assertThrows(InvalidInputException.class,
                () -> check("{\"lines\":[{\"name\":\"a\",\"quantity\":1},{\"name\":\"b\",\"quantity\":4294967297}]}"));
        assertEquals("lines[1].quantity", e.field());
    }

    @Test
    void letsFittingNumbersAndLongsThrough() {
        assertDoesNotThrow(() -> check("{\"sortOrder\":2147483647,\"days\":null,\"version\":99999999999,\"lines\":[]}"));
        assertDoesNotThrow(() -> check("{\"sortOrder\":\"not a number\"}"));
    }
}
