package nl.overheid.recordingpolicy.adapter.policyfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.GatewayText;

/**
 * The gateway's own texts file, checked as the authorities' files are: read from the file itself, not through the
 * loader, every text has Dutch and English, names the same parameters in both and only ones the code gives, and every
 * key the code asks for is there; then the loader's refusals.
 */
class GatewayTextsFileTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]*)}");

    // ------------------------------------------------------------------------------------ the shipped file

    @Test
    void theFileHoldsExactlyTheTextsTheCodeAsksFor() throws Exception {
        Set<String> inFile = texts().stream().map(text -> text.getAttribute("id"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> asked = Arrays.stream(GatewayText.values()).map(GatewayText::id)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(asked, inFile);
        assertEquals(inFile.size(), texts().size(), "each id once");
    }

    @Test
    void everyTextHasDutchAndEnglish() throws Exception {
        for (Element text : texts()) {
            List<Element> languages = PolicyFilesTest.childElements(text);
            assertEquals(List.of("nl", "en"), languages.stream().map(Node::getLocalName).toList(),
                    text.getAttribute("id"));
            languages.forEach(language -> assertFalse(language.getTextContent().isBlank(),
                    () -> text.getAttribute("id") + ": empty " + language.getLocalName()));
        }
    }

    @Test
    void everyTextNamesTheSameParametersInBothLanguagesAndOnlyOnesTheCodeGives() throws Exception {
        for (Element text : texts()) {
            String id = text.getAttribute("id");
            GatewayText key = Arrays.stream(GatewayText.values()).filter(k -> k.id().equals(id)).findFirst()
                    .orElseThrow();
            Set<String> dutch = parameters(PolicyFilesTest.childElements(text).get(0).getTextContent());
            Set<String> english = parameters(PolicyFilesTest.childElements(text).get(1).getTextContent());

            assertEquals(dutch, english, id);
            assertTrue(key.parameters().containsAll(dutch),
                    () -> id + " uses " + dutch + ", the code gives " + key.parameters());
        }
    }

    @ParameterizedTest
    @EnumSource(GatewayText.class)
    void theLoaderGivesEveryKeyItsText(GatewayText key) {
        BilingualText text = GatewayTextsFile.shipped().text(key);

        assertFalse(text.nl().isBlank(), key.id());
        assertFalse(text.en().isBlank(), key.id());
    }

    @Test
    void theShippedTextsAreThoseOfTheShippedPolicySet() {
        assertEquals(GatewayTextsFile.shipped().text(GatewayText.NO_LEAD_TIME),
                PolicyFiles.shipped(WorkingDayCalendar.standard()).texts()
                        .text(GatewayText.NO_LEAD_TIME));
    }

    // ------------------------------------------------------------------------------------ refusals

    @Test
    void aTextWithoutEnglishIsRefusedWithFileAndLine() {
        String broken = shipped().replace("<en>Nothing needs to be requested in advance for this recording: no lead time "
                + "applies.</en>", "");

        PolicyFileException refused = refused(broken);

        assertTrue(refused.getMessage().matches("(?s)texts-broken\\.xml line \\d+: .*"), refused.getMessage());
        assertTrue(refused.getMessage().contains("en"), refused.getMessage());
    }

    @Test
    void aTextTheCodeAsksForThatIsMissingIsRefusedByItsId() {
        String broken = shipped().replaceFirst("(?s)<text id=\"past-conversation\">.*?</text>", "");

        PolicyFileException refused = refused(broken);

        assertEquals("texts-broken.xml: there is no text past-conversation, which the gateway uses", refused.getMessage());
    }

    @Test
    void aTextTheCodeDoesNotUseIsRefused() {
        String broken = shipped().replace("<text id=\"no-lead-time\">", "<text id=\"no-lead-time-at-all\">");

        PolicyFileException refused = refused(broken);

        assertTrue(refused.getMessage().matches("texts-broken\\.xml line \\d+: the gateway uses no text no-lead-time-at-all"),
                refused.getMessage());
    }

    @Test
    void aParameterTheCodeDoesNotGiveIsRefused() {
        String broken = shipped()
                .replace("<nl>Een aanvraag op {requestDate} is op tijd.</nl>", "<nl>Een aanvraag op {deadline} is op tijd.</nl>")
                .replace("<en>A request on {requestDate} is on time.</en>", "<en>A request on {deadline} is on time.</en>");

        PolicyFileException refused = refused(broken);

        assertTrue(refused.getMessage().contains("text request-on-time uses [deadline], but here only [requestDate] are given"),
                refused.getMessage());
    }

    @Test
    void languagesThatNameOtherParametersAreRefused() {
        String broken = shipped().replace("<en>A request on {requestDate} is on time.</en>",
                "<en>A request is on time.</en>");

        PolicyFileException refused = refused(broken);

        assertTrue(refused.getMessage().contains("text request-on-time names other parameters in Dutch than in English"),
                refused.getMessage());
    }

    @Test
    void twoTextsWithOneIdAreRefused() {
        String broken = shipped().replace("<text id=\"request-too-late\">", "<text id=\"request-on-time\">");

        PolicyFileException refused = refused(broken);

        assertTrue(refused.getMessage().startsWith("texts-broken.xml line "), refused.getMessage());
        assertTrue(refused.getMessage().contains("request-on-time"), refused.getMessage());
    }

    // ------------------------------------------------------------------------------------ helpers

    private static PolicyFileException refused(String broken) {
        return assertThrows(PolicyFileException.class,
                () -> GatewayTextsFile.read("texts-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<Element> texts() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList elements = factory.newDocumentBuilder().parse(new ByteArrayInputStream(resource()))
                .getElementsByTagNameNS("*", "text");
        List<Element> texts = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add((Element) elements.item(i));
        }
        assertTrue(texts.size() > 30, "only " + texts.size() + " texts");
        return texts;
    }

    private static String shipped() {
        return new String(resource(), StandardCharsets.UTF_8);
    }

    private static byte[] resource() {
        try (InputStream in = GatewayTextsFileTest.class.getClassLoader().getResourceAsStream(GatewayTextsFile.SHIPPED)) {
            assertNotNull(in, GatewayTextsFile.SHIPPED + " on the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
