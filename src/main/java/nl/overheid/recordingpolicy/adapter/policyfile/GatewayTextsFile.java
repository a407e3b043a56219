package nl.overheid.recordingpolicy.adapter.policyfile;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.validation.Schema;

import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.GatewayText;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;

/**
 * Reads the gateway's own texts, {@code policies/gateway-texts.xml}: validated against {@code gateway-texts.xsd}
 * beside it (both languages, ids unique), then checked against what the code asks for ({@link GatewayText}): no id
 * the gateway does not use, no key without its text, no parameter the code does not give. Every problem is a
 * {@link PolicyFileException} naming the file and, where known, the line.
 */
public final class GatewayTextsFile {

    public static final String SHIPPED = PolicyFiles.SHIPPED + "gateway-texts.xml";

    private static final String SCHEMA = PolicyFiles.SHIPPED + "gateway-texts.xsd";
    private static final Map<String, GatewayText> KEYS = Arrays.stream(GatewayText.values())
            .collect(Collectors.toUnmodifiableMap(GatewayText::id, Function.identity()));

    private GatewayTextsFile() {
    }

    /** The shipped texts. */
    public static GatewayTexts shipped() {
        return read(SHIPPED, XmlFiles.resource(SHIPPED));
    }

    /** Validates and reads a texts file; {@code file} names it in messages. */
    public static GatewayTexts read(String file, byte[] content) {
        Element root = XmlFiles.read(SchemaHolder.SCHEMA_INSTANCE, file, content);
        Map<GatewayText, BilingualText> texts = new EnumMap<>(GatewayText.class);
        for (Element text : root.children("text")) {
            GatewayText key = KEYS.get(text.attribute("id"));
            if (key == null) {
                throw new PolicyFileException(file, text.line(), "the gateway uses no text " + text.attribute("id"));
            }
            try {
                BilingualText bilingual = new BilingualText(text.child("nl").text(), text.child("en").text());
                texts.put(key, GatewayTexts.check(key, bilingual));
            } catch (IllegalArgumentException e) {
                throw new PolicyFileException(file, text.line(), e.getMessage(), e);
            }
        }
        try {
            return new GatewayTexts(texts);
        } catch (IllegalArgumentException e) {
            throw new PolicyFileException(file, 0, e.getMessage(), e);
        }
    }

    private static final class SchemaHolder {
        static final Schema SCHEMA_INSTANCE = XmlFiles.schema(SCHEMA);
    }
}
