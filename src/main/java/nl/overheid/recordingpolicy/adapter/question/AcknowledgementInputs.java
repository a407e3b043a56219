package nl.overheid.recordingpolicy.adapter.question;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import nl.overheid.recordingpolicy.adapter.question.validation.BooleanText;
import nl.overheid.recordingpolicy.adapter.question.validation.IsoDate;
import nl.overheid.recordingpolicy.adapter.question.validation.KnownAuthority;

/**
 * The acknowledgement questions as either protocol received them: text, exactly as sent, validated the same way for
 * SOAP and REST before {@link AcknowledgementQuestionParser} makes them typed. Field names are the contracts'.
 * Whether a name is blank or too long is the domain's rule
 * ({@link nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementDetails}).
 */
public final class AcknowledgementInputs {

    /** AK- and 26 characters of Crockford base32, the first one 0-7 (128 bits). */
    public static final String REFERENCE_PATTERN = "AK-[0-7][0-9A-HJKMNP-TV-Z]{25}";
    static final String REFERENCE_MESSAGE = "{gateway.acknowledgementReference}";
    /** As a consent request's case reference: a system's case number, printable ASCII. */
    static final String CASE_REFERENCE_PATTERN = ConsentInputs.CASE_REFERENCE_PATTERN;
    static final String CASE_REFERENCE_MESSAGE = ConsentInputs.CASE_REFERENCE_MESSAGE;
    static final String LANGUAGE_PATTERN = "nl|en";
    static final String LANGUAGE_MESSAGE = "{gateway.language}";

    private AcknowledgementInputs() {
    }

    public record Register(
            @NotNull(message = "{gateway.required}") @KnownAuthority String authority,
            @NotNull(message = "{gateway.required}") @Pattern(regexp = CASE_REFERENCE_PATTERN, message = CASE_REFERENCE_MESSAGE)
            String caseReference,
            @NotNull(message = "{gateway.required}") @IsoDate String date,
            @NotNull(message = "{gateway.required}") String clientName,
            @NotNull(message = "{gateway.required}") String employeeName,
            @NotNull(message = "{gateway.required}") @BooleanText String signedByClient,
            @NotNull(message = "{gateway.required}") @BooleanText String signedByEmployee) {
    }

    public record Lookup(
            @NotNull(message = "{gateway.required}") @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
            String reference) {
    }

    public record Find(
            @NotNull(message = "{gateway.required}") @Pattern(regexp = CASE_REFERENCE_PATTERN, message = CASE_REFERENCE_MESSAGE)
            String caseReference) {
    }

    /** The empty form of an authority. {@code lang} absent: the caller's Accept-Language, else Dutch. */
    public record EmptyForm(
            @NotNull(message = "{gateway.required}") @KnownAuthority String authority,
            @Pattern(regexp = LANGUAGE_PATTERN, message = LANGUAGE_MESSAGE) String lang) {
    }

    public record FilledForm(
            @NotNull(message = "{gateway.required}") @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
            String reference,
            @Pattern(regexp = LANGUAGE_PATTERN, message = LANGUAGE_MESSAGE) String lang) {
    }
}
