package nl.overheid.recordingpolicy.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One id, one content: the id of a policy version changes with every part of it and can be recomputed by anyone. */
class PolicyContentTest {

    private static final PolicyVersion VERSION = new PolicyVersion("2026.1", LocalDate.of(2026, 1, 1));
    private static final PolicyDocument UWV = new PolicyDocument("UWV", "UWV.xml", "<policy authority=\"UWV\"/>");
    private static final PolicyDocument GM0000 = new PolicyDocument("GM0000", "GM0000.xml", "<policy authority=\"GM0000\"/>");

    @Test
    void theIdIsTheSha256OfTheLengthPrefixedPartsAsDocumented() throws Exception {
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        for (String part : List.of("2026.1", "2026-01-01", "UWV", "UWV.xml", "<policy authority=\"UWV\"/>")) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            framed.write(ByteBuffer.allocate(4).putInt(bytes.length).array());
            framed.write(bytes);
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(framed.toByteArray()));

        PolicyContent content = new PolicyContent(VERSION, List.of(UWV));

        assertEquals(expected, content.id());
        assertTrue(PolicyContent.isId(content.id()));
    }

    @Test
    void theSameContentHasTheSameId() {
        assertEquals(new PolicyContent(VERSION, List.of(UWV, GM0000)).id(),
                new PolicyContent(new PolicyVersion("2026.1", LocalDate.of(2026, 1, 1)),
                        List.of(new PolicyDocument("UWV", "UWV.xml", "<policy authority=\"UWV\"/>"), GM0000)).id());
    }

    @Test
    void anyChangeGivesAnotherId() {
        String id = new PolicyContent(VERSION, List.of(UWV, GM0000)).id();

        List<PolicyContent> changed = List.of(
                new PolicyContent(new PolicyVersion("2026.2", VERSION.effectiveFrom()), List.of(UWV, GM0000)),
                new PolicyContent(new PolicyVersion("2026.1", LocalDate.of(2026, 1, 2)), List.of(UWV, GM0000)),
                new PolicyContent(VERSION, List.of(GM0000, UWV)),
                new PolicyContent(VERSION, List.of(UWV)),
                new PolicyContent(VERSION, List.of(new PolicyDocument("UWV", "UWV.xml", "<policy authority=\"UWV\" />"), GM0000)),
                new PolicyContent(VERSION, List.of(new PolicyDocument("UWV", "uwv.xml", UWV.text()), GM0000)),
                new PolicyContent(VERSION, List.of(new PolicyDocument("GM0001", "UWV.xml", UWV.text()), GM0000)));

        changed.forEach(other -> assertNotEquals(id, other.id(), other.toString()));
    }

    @Test
    void partsCannotBeShiftedFromOneFieldIntoTheNext() {
        assertNotEquals(new PolicyContent(VERSION, List.of(new PolicyDocument("UWV", "ab", "c"))).id(),
                new PolicyContent(VERSION, List.of(new PolicyDocument("UWV", "a", "bc"))).id());
    }

    @Test
    void contentReadBackMustMatchTheIdItWasKeptUnder() {
        String id = new PolicyContent(VERSION, List.of(UWV)).id();

        assertEquals(id, new PolicyContent(VERSION, List.of(UWV), id).id());
        IllegalArgumentException changed = assertThrows(IllegalArgumentException.class,
                () -> new PolicyContent(VERSION, List.of(GM0000), id));
        assertTrue(changed.getMessage().contains(id), changed.getMessage());
    }

    @Test
    void onlySixtyFourLowercaseHexCharactersCanBeAnId() {
        assertFalse(PolicyContent.isId(null));
        assertFalse(PolicyContent.isId("2026.1"));
        assertFalse(PolicyContent.isId("A".repeat(64)));
        assertFalse(PolicyContent.isId("a".repeat(63)));
        assertTrue(PolicyContent.isId("0123456789abcdef".repeat(4)));
    }
}
