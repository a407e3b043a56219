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
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** One id, one content: the id of a policy version changes with every part of it and can be recomputed by anyone. */
class PolicyContentTest {

    private static final PolicyVersion VERSION = new PolicyVersion("2026.1", LocalDate.of(2026, 1, 1));
    private static final PolicyDocument UWV = new PolicyDocument("UWV", "UWV.xml", "<policy authority=\"UWV\"/>");
    private static final PolicyDocument GM0000 = new PolicyDocument("GM0000", "GM0000.xml", "<policy authority=\"GM0000\"/>");
    private static final String TEXTS = "<gateway-texts/>";

    /** Content as read at start: policy files and the gateway's texts. */
    private static PolicyContent content(PolicyVersion version, List<PolicyDocument> documents) {
        return PolicyContent.of(version, documents, TEXTS);
    }

    private static String sha256OfFramed(List<String> parts) throws Exception {
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            framed.write(ByteBuffer.allocate(4).putInt(bytes.length).array());
            framed.write(bytes);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(framed.toByteArray()));
    }

    @Test
    void theIdIsTheSha256OfTheLengthPrefixedPartsAsDocumented() throws Exception {
        String expected = sha256OfFramed(List.of("2026.1", "2026-01-01", "UWV", "UWV.xml", "<policy authority=\"UWV\"/>",
                "gateway-texts.xml", TEXTS));

        PolicyContent content = content(VERSION, List.of(UWV));

        assertEquals(expected, content.id());
        assertTrue(PolicyContent.isId(content.id()));
    }

    @Test
    void aVersionArchivedWithoutTheGatewayTextsKeepsTheIdItWasStoredUnder() throws Exception {
        String stored = sha256OfFramed(List.of("2026.1", "2026-01-01", "UWV", "UWV.xml", "<policy authority=\"UWV\"/>"));

        PolicyContent readBack = new PolicyContent(VERSION, List.of(UWV), Optional.empty(), stored);

        assertEquals(stored, readBack.id());
        assertNotEquals(stored, content(VERSION, List.of(UWV)).id(), "with the gateway's texts it is another version");
    }

    @Test
    void changingTheGatewayTextsChangesTheId() {
        String id = content(VERSION, List.of(UWV, GM0000)).id();

        assertNotEquals(id, PolicyContent.of(VERSION, List.of(UWV, GM0000), "<gateway-texts />").id());
        assertNotEquals(id, PolicyContent.of(VERSION, List.of(UWV, GM0000), "").id());
    }

    @Test
    void theSameContentHasTheSameId() {
        assertEquals(content(VERSION, List.of(UWV, GM0000)).id(),
                content(new PolicyVersion("2026.1", LocalDate.of(2026, 1, 1)),
                        List.of(new PolicyDocument("UWV", "UWV.xml", "<policy authority=\"UWV\"/>"), GM0000)).id());
    }

    @Test
    void anyChangeGivesAnotherId() {
        String id = content(VERSION, List.of(UWV, GM0000)).id();

        List<PolicyContent> changed = List.of(
                content(new PolicyVersion("2026.2", VERSION.effectiveFrom()), List.of(UWV, GM0000)),
                content(new PolicyVersion("2026.1", LocalDate.of(2026, 1, 2)), List.of(UWV, GM0000)),
                content(VERSION, List.of(GM0000, UWV)),
                content(VERSION, List.of(UWV)),
                content(VERSION, List.of(new PolicyDocument("UWV", "UWV.xml", "<policy authority=\"UWV\" />"), GM0000)),
                content(VERSION, List.of(new PolicyDocument("UWV", "uwv.xml", UWV.text()), GM0000)),
                content(VERSION, List.of(new PolicyDocument("GM0001", "UWV.xml", UWV.text()), GM0000)));

        changed.forEach(other -> assertNotEquals(id, other.id(), other.toString()));
    }

    @Test
    void partsCannotBeShiftedFromOneFieldIntoTheNext() {
        assertNotEquals(content(VERSION, List.of(new PolicyDocument("UWV", "ab", "c"))).id(),
                content(VERSION, List.of(new PolicyDocument("UWV", "a", "bc"))).id());
    }

    @Test
    void contentReadBackMustMatchTheIdItWasKeptUnder() {
        String id = content(VERSION, List.of(UWV)).id();

        assertEquals(id, new PolicyContent(VERSION, List.of(UWV), Optional.of(TEXTS), id).id());
        IllegalArgumentException changed = assertThrows(IllegalArgumentException.class,
                () -> new PolicyContent(VERSION, List.of(GM0000), Optional.of(TEXTS), id));
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
