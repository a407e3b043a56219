package nl.overheid.recordingpolicy.adapter.question;

import java.util.List;

import nl.overheid.recordingpolicy.domain.Reason;

/**
 * The adapters' reasons for refusing what carries a question: a REST body, an AuthZEN request's JSON envelope and
 * what its kind of question fixes, the elements of a SOAP request the stack refused. Their words are in the catalogue
 * ({@link Reason}).
 */
public enum EnvelopeReason implements Reason {

    NOT_A_STRING("gateway.json.notAString"),
    EMPTY("gateway.json.empty"),
    NOT_AN_OBJECT("gateway.json.notAnObject"),
    NOT_AN_ARRAY("gateway.json.notAnArray"),
    EVALUATIONS_SEMANTIC("gateway.authzen.evaluationsSemantic"),
    ACTION_RECORD("gateway.authzen.actionRecord"),
    ACTION_USE("gateway.authzen.actionUse"),
    SUBJECT_TYPE("gateway.authzen.subjectType"),
    DATE_TIME("gateway.authzen.dateTime"),
    EXPONENT_OUT_OF_RANGE("gateway.json.exponentOutOfRange"),
    BODY_EXPONENT_OUT_OF_RANGE("gateway.json.bodyExponentOutOfRange"),
    NOT_WELL_FORMED_JSON("gateway.json.notWellFormed"),
    NOT_A_JSON_OBJECT("gateway.json.mustBeAnObject"),
    NOT_A_FIELD("gateway.json.notAField", "fields"),
    NESTED_TOO_DEEP("gateway.json.nestedTooDeep", "levels"),
    READ_INCOMPLETELY("gateway.body.readIncompletely"),
    MAX_BYTES("gateway.body.maxBytes", "max"),
    UNKNOWN_REFERENCE("gateway.reference.unknown"),
    SOAP_ACTION("gateway.soap.action"),
    NOT_AN_ELEMENT_OF_THE_REQUEST("gateway.soap.notInRequest"),
    NOT_ALLOWED_HERE("gateway.soap.notHere"),
    NOT_AN_OPERATION("gateway.soap.notAnOperation");

    private final String key;
    private final List<String> parameters;

    EnvelopeReason(String key, String... parameters) {
        this.key = key;
        this.parameters = List.of(parameters);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
