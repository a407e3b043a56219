package nl.overheid.recordingpolicy.adapter.question;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import nl.overheid.recordingpolicy.application.validation.BooleanText;
import nl.overheid.recordingpolicy.application.validation.IsoDate;
import nl.overheid.recordingpolicy.application.validation.KnownAuthority;

/**
 * The acknowledgement questions as either protocol received them: text, exactly as sent, validated the same way for
 * SOAP and REST before {@link AcknowledgementQuestionParser} makes them typed. Field names are the contracts'. Whether a name is blank or too long is the domain's rule
 * ({@link nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementDetails}).
 */
public final class AcknowledgementInputs {

    /** AK- and 26 characters of Crockford base32, the first one 0-7 (128 bits). */
    public static final String REFERENCE_PATTERN = "AK-[0-7][0-9A-HJKMNP-TV-Z]{25}";
    static final String REFERENCE_MESSAGE = "is not an acknowledgement reference (AK- followed by 26 characters)";
    /** As a consent request's case reference: a system's case number, printable ASCII. */
    static final String CASE_REFERENCE_PATTERN = "[\\x21-\\x7E][\\x20-\\x7E]{0,63}";
    static final String CASE_REFERENCE_MESSAGE = "must be 1 to 64 printable characters";
    static final String LANGUAGE_PATTERN = "nl|en";
    static final String LANGUAGE_MESSAGE = "must be one of: nl, en";

    private AcknowledgementInputs() {
    }

    public record Register(
            @NotNull(message = "is required") @KnownAuthority String authority,
            @NotNull(message = "is required") @Pattern(regexp = CASE_REFERENCE_PATTERN, message = CASE_REFERENCE_MESSAGE)
            String caseReference,
            @NotNull(message = "is required") @IsoDate String date,
            @NotNull(message = "is required") String clientName,
            @NotNull(message = "is required") String employeeName,
            @NotNull(message = "is required") @BooleanText String signedByClient,
            @NotNull(message = "is required") @BooleanText String signedByEmployee) {
    }

    public record Lookup(
            @NotNull(message = "is required") @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
            String reference) {
    }

    public record Find(
            @NotNull(message = "is required") @Pattern(regexp = CASE_REFERENCE_PATTERN, message = CASE_REFERENCE_MESSAGE)
            String caseReference) {
    }

    /** The empty form of an authority. {@code lang} absent: the caller's Accept-Language, else Dutch. */
    public record EmptyForm(
            @NotNull(message = "is required") @KnownAuthority String authority,
            @Pattern(regexp = LANGUAGE_PATTERN, message = LANGUAGE_MESSAGE) String lang) {
    }

    public record FilledForm(
            @NotNull(message = "is required") @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
            String reference,
            @Pattern(regexp = LANGUAGE_PATTERN, message = LANGUAGE_MESSAGE) String lang) {
    }
}
