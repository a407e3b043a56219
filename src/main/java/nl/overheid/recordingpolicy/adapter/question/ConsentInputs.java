package nl.overheid.recordingpolicy.adapter.question;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.overheid.recordingpolicy.adapter.question.validation.DateTimeWithOffset;
import nl.overheid.recordingpolicy.adapter.question.validation.IsoDate;
import nl.overheid.recordingpolicy.adapter.question.validation.KnownAuthority;
import nl.overheid.recordingpolicy.adapter.question.validation.OneOf;
import nl.overheid.recordingpolicy.adapter.question.validation.WholeNumber;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The consent requests' questions as either protocol received them: text, exactly as sent, validated the same way
 * for SOAP and REST before {@link ConsentQuestionParser} makes them typed. Field names are the contracts'.
 */
public final class ConsentInputs {

    /** CR- and 26 characters of Crockford base32, the first one 0-7 (128 bits). */
    public static final String REFERENCE_PATTERN = "CR-[0-7][0-9A-HJKMNP-TV-Z]{25}";
    static final String REFERENCE_MESSAGE = "{gateway.consentReference}";
    /** Printable ASCII: a system's case number, never a name or a citizen service number in free text. */
    static final String CASE_REFERENCE_PATTERN = "[\\x21-\\x7E][\\x20-\\x7E]{0,63}";
    static final String CASE_REFERENCE_MESSAGE = "{gateway.caseReference}";
    /**
     * Free text, but no control characters other than tab and line breaks: PostgreSQL cannot store U+0000 in a text
     * column, and the others have no place in a reason a person reads. Nor a surrogate without its pair, U+FFFE or
     * U+FFFF: XML 1.0 cannot carry them, so a SOAP answer that read the text back would break. (A surrogate pair is
     * one code point to the regex, so emoji pass.)
     */
    static final String REASON_PATTERN = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uD800-\\uDFFF\\uFFFE\\uFFFF]*";
    static final String REASON_MESSAGE = "{gateway.freeText}";

    private ConsentInputs() {
    }

    public record Submit(
            @NotNull(message = "{gateway.required}") @OneOf(ConsentKind.class) String kind,
            @NotNull(message = "{gateway.required}") @KnownAuthority String authority,
            @NotNull(message = "{gateway.required}") @OneOf(Medium.class) String medium,
            @OneOf(Usage.class) String usage,
            @NotNull(message = "{gateway.required}") @IsoDate String conversationDate,
            @NotNull(message = "{gateway.required}") @OneOf(Channel.class) String channel,
            @NotNull(message = "{gateway.required}") @Pattern(regexp = CASE_REFERENCE_PATTERN, message = CASE_REFERENCE_MESSAGE)
            String caseReference,
            @IsoDate String requestDate) {
    }

    public record Lookup(
            @NotNull(message = "{gateway.required}") @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
            String reference) {
    }

    public record Find(
            @NotNull(message = "{gateway.required}") @Pattern(regexp = CASE_REFERENCE_PATTERN, message = CASE_REFERENCE_MESSAGE)
            String caseReference,
            @WholeNumber(min = 1, max = 1_000_000) String page,
            @WholeNumber(min = 1, max = 100) String pageSize) {
    }

    public record Decide(
            @NotNull(message = "{gateway.required}") @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
            String reference,
            @NotNull(message = "{gateway.required}") @OneOf(GrantorDecision.class) String decision,
            @Size(max = 500, message = "{gateway.maxLength}")
            @Pattern(regexp = REASON_PATTERN, message = REASON_MESSAGE) String reason) {
    }

    /** The grantor's record of a contact with the requester. */
    public record Contact(
            @NotNull(message = "{gateway.required}") @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
            String reference,
            @NotNull(message = "{gateway.required}") @DateTimeWithOffset String contactedAt,
            @Size(max = 500, message = "{gateway.maxLength}")
            @Pattern(regexp = REASON_PATTERN, message = REASON_MESSAGE) String note,
            @OneOf(Medium.class) String alternativeMedium,
            @Size(max = 500, message = "{gateway.maxLength}")
            @Pattern(regexp = REASON_PATTERN, message = REASON_MESSAGE) String alternativeDescription) {
    }

    public record Withdraw(
            @NotNull(message = "{gateway.required}") @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
            String reference,
            @Size(max = 500, message = "{gateway.maxLength}")
            @Pattern(regexp = REASON_PATTERN, message = REASON_MESSAGE) String reason) {
    }
}
