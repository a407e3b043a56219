package nl.overheid.recordingpolicy.application.consent;

import java.util.Objects;

import nl.overheid.recordingpolicy.application.view.ConsentRequestView;

/**
 * A consent request as the gateway answered a change to it: the view, and that answer as the JSON the decision log
 * and the idempotency record hold. REST returns exactly these bytes (serialising the answer again cost a
 * noticeable part of a submission, docs/findings.md); SOAP maps the view.
 */
public record ConsentAnswer(ConsentRequestView view, String answerJson) {

    public ConsentAnswer {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(answerJson, "answerJson");
    }
}
