package nl.overheid.recordingpolicy.adapter.policyfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.AuthorityPolicy;
import nl.overheid.recordingpolicy.domain.policy.Decision;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Outcome;
import nl.overheid.recordingpolicy.domain.policy.PolicyContent;
import nl.overheid.recordingpolicy.domain.policy.PolicyDocument;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.RecordingQuestion;
import nl.overheid.recordingpolicy.domain.policy.Rule;
import nl.overheid.recordingpolicy.domain.policy.Usage;
import nl.overheid.recordingpolicy.domain.policy.UsageQuestion;

/**
 * The shipped policy files against the seed texts, the loader's refusals, and a municipality added as a file only.
 */
class PolicyFilesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();
    private static final Authority SECOND = Authority.of("GM9998");
    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    static Stream<String> shippedFiles() {
        return new String(resource(PolicyFiles.SHIPPED + "index.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"));
    }

    // ------------------------------------------------------------------------------------ the shipped files

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void everyRuleQuotesItsSeedTextVerbatim(String file) {
        AuthorityPolicy policy = PolicyFiles.read(file, resource(PolicyFiles.SHIPPED + file));
        String seed = collapseWhitespace(new String(resource("seeds/" + policy.source()), StandardCharsets.UTF_8));

        assertFalse(policy.rules().isEmpty(), file);
        for (Rule rule : policy.rules()) {
            String quoted = collapseWhitespace(rule.source().text());
            assertTrue(seed.contains(quoted), () -> file + ": " + rule.id() + " quotes text not found in "
                    + policy.source() + ": \"" + quoted + "\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void everyTextHasDutchAndEnglish(String file) throws Exception {
        Document document = dom(resource(PolicyFiles.SHIPPED + file));
        int texts = 0;
        for (String name : List.of("text", "explanation", "interpretation")) {
            NodeList elements = document.getElementsByTagNameNS("*", name);
            for (int i = 0; i < elements.getLength(); i++) {
                Element text = (Element) elements.item(i);
                List<String> languages = childElements(text).stream().map(Node::getLocalName).toList();
                assertEquals(List.of("nl", "en"), languages, () -> file + ": <" + name + "> " + text.getAttribute("id"));
                childElements(text).forEach(language ->
                        assertFalse(language.getTextContent().isBlank(), () -> file + ": empty " + language.getLocalName()));
                texts++;
            }
        }
        assertTrue(texts > 20, file + " has only " + texts + " texts");
    }

    @Test
    void theShippedFilesAreUwvAndTheDefaultMunicipality() {
        PolicySet policies = PolicyFiles.shipped(CALENDAR);

        assertEquals(List.of(Authority.UWV, Authority.MUNICIPALITY), policies.authorities());
        assertEquals("GM0000", Authority.MUNICIPALITY.code());
        assertEquals(Optional.of(Authority.MUNICIPALITY), policies.authority("MUNICIPALITY"));
        assertEquals(Optional.of(Authority.MUNICIPALITY), policies.authority("GM0000"));
        assertEquals(Optional.empty(), policies.authority("GM9999"));
        assertEquals(List.of("UWV", "MUNICIPALITY", "GM0000"), policies.acceptedNames());
    }

    // ------------------------------------------------------------------------------------ refusals

    @Test
    void aTextWithoutEnglishIsRefusedWithFileAndLine() {
        String broken = shippedText("UWV.xml").replaceFirst(
                "<en>You may make an audio recording of a conversation with UWV that you take part in, without asking in advance.</en>",
                "");

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.read("UWV-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().matches("(?s)UWV-broken\\.xml line (9|10): .*"), refused.getMessage());
        assertTrue(refused.getMessage().contains("en"), refused.getMessage());
    }

    @Test
    void aCitationOfAnUnknownRuleIsRefused() {
        String broken = shippedText("UWV.xml").replace("<cite rule=\"UWV-NO-SECRET-RECORDING\"/>",
                "<cite rule=\"UWV-NO-SUCH-RULE\"/>");

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.read("UWV-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().startsWith("UWV-broken.xml line "), refused.getMessage());
        assertTrue(refused.getMessage().contains("UWV-NO-SUCH-RULE"), refused.getMessage());
    }

    @Test
    void aTextWithAParameterThatIsNotGivenIsRefused() {
        String broken = shippedText("UWV.xml").replace(
                "<nl>Met toestemming is de opname alleen voor privégebruik.</nl>",
                "<nl>Met toestemming is de opname alleen voor privégebruik, tot {deadline}.</nl>");

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.read("UWV-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().contains("text image-to-request uses {deadline}"), refused.getMessage());
    }

    @Test
    void aContactRuleWithoutItsNextStepTextIsRefused() {
        String broken = shippedText("UWV.xml").replace(" next-step=\"image-next-step\"", "");

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.read("UWV-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().contains("contact-rule and next-step go together"), refused.getMessage());
    }

    @Test
    void aContactRuleThatIsNoRuleIsRefused() {
        String broken = shippedText("UWV.xml").replace("contact-rule=\"UWV-VIDEO-CONTACT\"",
                "contact-rule=\"UWV-NO-SUCH-RULE\"");

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.read("UWV-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().contains("UWV-NO-SUCH-RULE"), refused.getMessage());
    }

    @Test
    void aMediumWithoutALineIsRefused() {
        String broken = shippedText("UWV.xml").replace("<medium names=\"VIDEO PHOTO\"", "<medium names=\"VIDEO\"");

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.read("UWV-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().contains("no line for PHOTO"), refused.getMessage());
    }

    @Test
    void aSecondFileForALoadedAuthorityIsRefused(@TempDir Path directory) throws IOException {
        Files.write(directory.resolve("other.xml"), resource(PolicyFiles.SHIPPED + "GM0000.xml"));

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.load(CALENDAR, Optional.of(directory)));

        assertTrue(refused.getMessage().contains("a second policy for GM0000"), refused.getMessage());
    }

    @Test
    void eachShippedFileListsTheChannelsItsTextNamesOrItsReading() {
        PolicySet shipped = PolicyFiles.shipped(CALENDAR);

        assertEquals(List.of("MIJN_UWV", "CHAT", "PHONE"),
                shipped.of(Authority.UWV).recordingConsent(Medium.VIDEO).orElseThrow().channels());
        assertEquals(List.of("MIJN_UWV", "CHAT", "PHONE"), shipped.of(Authority.UWV).publicationChannels());
        assertEquals(List.of("COUNTER", "LETTER", "PHONE"), shipped.of(Authority.MUNICIPALITY).publicationChannels());
    }

    @Test
    void withoutChannelsOnTheUsageTableTheRecordingConsentChannelsAreTaken() throws URISyntaxException {
        PolicySet withSecond = PolicyFiles.load(CALENDAR, Optional.of(secondMunicipalityDirectory()));

        assertEquals(List.of("COUNTER", "LETTER"), withSecond.of(SECOND).publicationChannels());
    }

    @Test
    void aFileThatNamesNoChannelAnywhereIsRefused() {
        String broken = shippedText("GM0000.xml").replace("<usage channels=\"COUNTER LETTER PHONE\">", "<usage>");

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.read("GM0000-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().contains("names no channel for consent requests"), refused.getMessage());
    }

    @Test
    void aChannelOutsideTheSchemaIsRefused() {
        String broken = shippedText("GM0000.xml").replace("<usage channels=\"COUNTER LETTER PHONE\">",
                "<usage channels=\"COUNTER PIGEON\">");

        assertThrows(PolicyFileException.class,
                () -> PolicyFiles.read("GM0000-broken.xml", broken.getBytes(StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------------------------------ a second municipality

    @Test
    void aMunicipalityAddedAsAFileChangesTheAnswersForThatMunicipalityOnly() throws URISyntaxException {
        PolicySet shipped = PolicyFiles.shipped(CALENDAR);
        PolicySet withSecond = PolicyFiles.load(CALENDAR, Optional.of(secondMunicipalityDirectory()));
        RecordingQuestion video = new RecordingQuestion(SECOND, Medium.VIDEO, true, Optional.of(LocalDate.of(2026, 6, 8)));

        Decision second = withSecond.recording().evaluate(video, MONDAY);

        assertEquals(List.of(Authority.UWV, Authority.MUNICIPALITY, SECOND), withSecond.authorities());
        assertEquals(Outcome.CONSENT_REQUIRED, second.outcome());
        assertEquals(3, second.leadTime().orElseThrow().workingDays());
        assertEquals(Optional.of(LocalDate.of(2026, 6, 3)), second.leadTime().orElseThrow().deadline());
        assertEquals(List.of("GM9998-VIDEO-CONSENT", "GM9998-PRIVATE-ONLY"), second.ruleIds());
        assertTrue(second.explanation().nl().contains("woensdag 3 juni 2026"), second.explanation().nl());
        assertEquals(Outcome.NOT_PERMITTED, withSecond.recording()
                .evaluate(new RecordingQuestion(SECOND, Medium.PHOTO, true, Optional.empty()), MONDAY).outcome());
        assertEquals(Outcome.NOT_PERMITTED,
                withSecond.usage().evaluate(new UsageQuestion(SECOND, Medium.AUDIO, Usage.SHARE_WITH_ADVISER)).outcome());

        for (Authority authority : shipped.authorities()) {
            for (Medium medium : Medium.values()) {
                RecordingQuestion question = new RecordingQuestion(authority, medium, true, Optional.of(LocalDate.of(2026, 5, 18)));
                assertEquals(shipped.recording().evaluate(question, MONDAY), withSecond.recording().evaluate(question, MONDAY));
                for (Usage usage : Usage.values()) {
                    UsageQuestion use = new UsageQuestion(authority, medium, usage);
                    assertEquals(shipped.usage().evaluate(use), withSecond.usage().evaluate(use));
                }
            }
        }
    }

    @Test
    void theContentOfAPolicySetIsEveryFileExactlyAsReadAndTheSameFilesGiveTheSameId() throws URISyntaxException {
        PolicySet shipped = PolicyFiles.shipped(CALENDAR);
        PolicyContent content = shipped.content().orElseThrow();

        assertEquals(List.of("UWV.xml", "GM0000.xml"), content.documents().stream().map(PolicyDocument::name).toList());
        assertEquals(List.of("UWV", "GM0000"), content.documents().stream().map(PolicyDocument::authority).toList());
        assertEquals(shippedText("UWV.xml"), content.documents().get(0).text());
        assertEquals(Optional.of(shippedText("gateway-texts.xml")), content.gatewayTexts(),
                "the gateway's own texts, with which the answers are worded, are part of the version");
        assertEquals(PolicySet.CURRENT_VERSION, content.version());
        assertEquals(Optional.of(content.id()), shipped.contentId());
        assertEquals(content.id(), PolicyFiles.shipped(CALENDAR).content().orElseThrow().id(), "read again, same id");
        PolicySet withSecond = PolicyFiles.load(CALENDAR, Optional.of(secondMunicipalityDirectory()));
        assertEquals("GM9998.xml", withSecond.content().orElseThrow().documents().get(2).name(),
                "a directory's file by its name alone, so that moving the directory changes nothing");
        assertNotEquals(content.id(), withSecond.contentId().orElseThrow(), "another file, another version");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedBecauseItCouldNotBeKeptExactly(@TempDir Path directory) throws IOException {
        String latin1 = new String(resource("it-policies/GM9998.xml"), StandardCharsets.UTF_8)
                .replaceFirst("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replaceFirst("</policy>", "<!-- caf\u00e9 --></policy>");
        Files.write(directory.resolve("GM9998.xml"), latin1.getBytes(StandardCharsets.ISO_8859_1));

        PolicyFileException refused = assertThrows(PolicyFileException.class,
                () -> PolicyFiles.load(CALENDAR, Optional.of(directory)));

        assertTrue(refused.getMessage().contains("is not UTF-8"), refused.getMessage());
    }

    static Path secondMunicipalityDirectory() throws URISyntaxException {
        return Path.of(PolicyFilesTest.class.getClassLoader().getResource("it-policies/GM9998.xml").toURI()).getParent();
    }

    // ------------------------------------------------------------------------------------ helpers

    private static String shippedText(String file) {
        return new String(resource(PolicyFiles.SHIPPED + file), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PolicyFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " on the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document dom(byte[] content) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    }

    /** The element children of {@code parent}, in order; also for the gateway texts file's test. */
    static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static String collapseWhitespace(String text) {
        return text.replaceAll("(?U)\\s+", " ").trim();
    }
}
