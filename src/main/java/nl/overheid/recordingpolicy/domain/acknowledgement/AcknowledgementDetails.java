package nl.overheid.recordingpolicy.domain.acknowledgement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The fields of the paper form: "Datum", "Naam cliënt", "Handtekening cliënt", "Naam medewerker", "Handtekening
 * medewerker". The gateway holds no signature, only whether there is one.
 */
public record AcknowledgementDetails(LocalDate date, String clientName, String employeeName, boolean signedByClient,
                                     boolean signedByEmployee) {

    /** As the contracts' PersonName: a name on a form, not a paragraph. */
    public static final int MAX_NAME = 200;

    /**
     * @throws InvalidAcknowledgementException naming the field, when a name is blank, too long or holds control
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
            throw new InvalidAcknowledgementException(field, "is required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidAcknowledgementException(field, "must be at most " + MAX_NAME + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidAcknowledgementException(field, "must not contain control characters");
        }
        return name;
    }
}
