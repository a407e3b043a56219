package nl.overheid.recordingpolicy.domain.policy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exact policy a {@link PolicySet} was read from: its version label, every policy file in the order read, and the
 * gateway's own texts ({@value #GATEWAY_TEXTS}), with which the answers are worded around the authorities' texts.
 * {@link #id()} names this content and nothing else. Why not the label alone: {@code 2026.1} is the version of the
 * published rules as the answers cite it, and stays the same when an operator adds a municipality's file or a build
 * corrects a text; a decision log that must say which policy decided needs a name that changes with every byte.
 *
 * <p>The id is the SHA-256 (lowercase hex) of, in this order, the version, the effective date ({@code yyyy-MM-dd})
 * and, per document, its authority, name and text, each as UTF-8 preceded by its length in bytes as a 4-byte
 * big-endian integer (so no two different contents can be written the same way), followed, when the content has the
 * gateway's texts, by {@value #GATEWAY_TEXTS} and its text, framed the same way. Versions archived before the gateway's
 * texts were part of the content have none, and keep the id they were stored under: the parts per document come in
 * threes, so the two parts more can never be read as another document. Anyone holding the content can recompute it.
 */
public record PolicyContent(PolicyVersion version, List<PolicyDocument> documents, Optional<String> gatewayTexts,
                            String id) {

    /** The name of the gateway's texts file, as its text is framed in the id and served. */
    public static final String GATEWAY_TEXTS = "gateway-texts.xml";

    /**
     * @param gatewayTexts the text of {@value #GATEWAY_TEXTS}; empty only for a version archived before it was kept
     * @param id           the id the content was kept under, refused if it is not the content's; null to compute it
     */
    public PolicyContent {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(gatewayTexts, "gatewayTexts");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a policy has at least one document");
        }
        String computed = idOf(version, documents, gatewayTexts);
        if (id != null && !id.equals(computed)) {
            throw new IllegalArgumentException("content does not match its id " + id + " (it is " + computed + ")");
        }
        id = computed;
    }

    /** The content of policy files and the gateway's texts as read, with the id it has. */
    public static PolicyContent of(PolicyVersion version, List<PolicyDocument> documents, String gatewayTexts) {
        return new PolicyContent(version, documents, Optional.of(gatewayTexts), null);
    }

    /** Whether {@code text} could be an id: 64 lowercase hexadecimal characters. */
    public static boolean isId(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }

    private static String idOf(PolicyVersion version, List<PolicyDocument> documents, Optional<String> gatewayTexts) {
        MessageDigest digest = sha256();
        add(digest, version.version());
        add(digest, version.effectiveFrom().toString());
        for (PolicyDocument document : documents) {
            add(digest, document.authority());
            add(digest, document.name());
            add(digest, document.text());
        }
        gatewayTexts.ifPresent(text -> {
            add(digest, GATEWAY_TEXTS);
            add(digest, text);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
