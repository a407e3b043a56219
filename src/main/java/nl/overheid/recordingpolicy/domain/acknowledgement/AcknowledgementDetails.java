package nl.overheid.recordingpolicy.domain.acknowledgement;

import java.time.LocalDate;
import java.util.Objects;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;

/**
 * The fields of the paper form: "Datum", "Naam cliënt", "Handtekening cliënt", "Naam medewerker", "Handtekening
 * medewerker". The gateway holds no signature, only whether there is one.
 */
public record AcknowledgementDetails(LocalDate date, String clientName, String employeeName, boolean signedByClient,
                                     boolean signedByEmployee) {

    /** As the contracts' PersonName: a name on a form, not a paragraph. */
    public static final int MAX_NAME = 200;

    /**
     * @throws RejectedFieldException naming the field, when a name is blank, too long or holds control
     *                                         characters; names are kept as written, without surrounding blanks
     */
    public AcknowledgementDetails {
        Objects.requireNonNull(date, "date");
        clientName = name("clientName", clientName);
        employeeName = name("employeeName", employeeName);
    }

    private static String name(String field, String written) {
        String name = written == null ? "" : written.strip();
        if (name.isEmpty()) {
            throw new RejectedFieldException(field, FieldReason.REQUIRED);
        }
        if (name.length() > MAX_NAME) {
            throw new RejectedFieldException(field, FieldReason.MAX_LENGTH, MAX_NAME);
        }
        if (!name.codePoints().allMatch(AcknowledgementDetails::written)) {
            throw new RejectedFieldException(field, FieldReason.WRITTEN_NAME);
        }
        return name;
    }

    /**
     * A character one writes on a form: a letter, mark, digit, punctuation, symbol or space. Not a control or format
     * character (a bidi override makes a name read differently than stored), an unpaired surrogate or a
     * noncharacter (neither can be written in the XML of a SOAP answer), nor a private or unassigned code point.
     */
    private static boolean written(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
