package nl.overheid.recordingpolicy.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonNestingTest {

    @ParameterizedTest(name = "{0} deeper than {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "{}                          | 1 | false",
        "{\"a\":[1]}                 | 1 | true",
        "{\"a\":[1]}                 | 2 | false",
        "[[[]]]                      | 2 | true",
        "[[],[],[]]                  | 2 | false",
        // brackets in strings, also after an escaped quote, do not count
        "{\"a\":\"[[[[{{{{\"}        | 1 | false",
        "{\"a\":\"\\\"[[[[\"}        | 1 | false",
        // a closing bracket too many is JSON's problem, not a depth
        "]]]]{}                      | 1 | false",
    })
    void countsArraysAndObjectsOutsideStrings(String text, int max, boolean deeper) {
        assertEquals(deeper, JsonNesting.deeperThan(text, max));
    }
}
