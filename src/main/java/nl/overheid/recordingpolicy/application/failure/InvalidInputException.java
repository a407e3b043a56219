package nl.overheid.recordingpolicy.application.failure;

import java.util.List;

import nl.overheid.recordingpolicy.domain.Reason;
import nl.overheid.recordingpolicy.domain.Refusal;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;

/** The question cannot be answered as asked; each {@link InvalidParam} names a field and the reason. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<InvalidParam> invalidParams;

    public InvalidInputException(List<InvalidParam> invalidParams) {
        super("invalid input: " + invalidParams);
        if (invalidParams.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.invalidParams = invalidParams.stream().sorted(InvalidParam.ORDER).toList();
    }

    public static InvalidInputException of(String name, String reason) {
        return new InvalidInputException(List.of(new InvalidParam(name, reason)));
    }

    /** The field refused for {@code reason}, worded by the catalogue ({@link ReasonTexts}). */
    public static InvalidInputException of(String name, Reason reason, Object... values) {
        return of(name, ReasonTexts.english(reason, values));
    }

    public static InvalidInputException of(String name, Refusal refusal) {
        return of(name, ReasonTexts.english(refusal));
    }

    /** The domain's refusal of a field, as every use case answers it. */
    public static InvalidInputException of(RejectedFieldException rejected) {
        return of(rejected.field(), rejected.refusal());
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
