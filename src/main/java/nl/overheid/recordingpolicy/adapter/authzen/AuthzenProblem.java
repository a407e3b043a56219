package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.List;

import nl.overheid.recordingpolicy.application.failure.InvalidParam;

/**
 * A request, or one evaluation of a batch, that cannot be answered as sent: the HTTP status it deserves and, for a
 * 400, each part of the request at fault by its AuthZEN name ({@code subject.id}, {@code action.properties.medium}).
 */
final class AuthzenProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<InvalidParam> invalidParams;

    AuthzenProblem(int status, String detail, List<InvalidParam> invalidParams) {
        super(detail);
        this.status = status;
        this.invalidParams = invalidParams.stream().sorted(InvalidParam.ORDER).toList();
    }

    static AuthzenProblem badRequest(List<InvalidParam> invalidParams) {
        return new AuthzenProblem(400, "The request cannot be evaluated as sent: " + describe(invalidParams),
                invalidParams);
    }

    /** The body as a whole is at fault: named {@code body}, as the REST adapter names it. */
    static AuthzenProblem badRequest(String detail) {
        return new AuthzenProblem(400, detail, List.of(new InvalidParam("body", detail)));
    }

    int status() {
        return status;
    }

    List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** "subject.id: is required; resource: is not an object", for a batch item's {@code context.error.message}. */
    static String describe(List<InvalidParam> params) {
        return String.join("; ", params.stream().sorted(InvalidParam.ORDER)
                .map(param -> param.name() + ": " + param.reason()).toList());
    }
}
