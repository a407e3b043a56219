package nl.overheid.recordingpolicy.application;

import java.util.List;

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

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
