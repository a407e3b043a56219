package nl.overheid.recordingpolicy.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.contract.rest.v1.model.ConsentRequestSubmission;
import nl.overheid.recordingpolicy.contract.rest.v1.model.Medium;
import nl.overheid.recordingpolicy.contract.rest.v1.model.RecordingDecisionRequest;

/** How a JSON body becomes a generated request model, and what the application layer then gets as text. */
class RequestBodyModelTest {

    private static <T> RequestBodyModel.Bound<T> bind(Class<T> type, String json) {
        RequestBodyModel<T> model = RequestBodyModel.of(type);
        return model.bind(JsonRequestBody.parse(json, model.fieldNames()));
    }

    @Test
    void theFieldsAreTheContractsInItsOrder() {
        assertEquals(List.of("authority", "medium", "participant", "conversationDate", "consentRequestReference"),
                RequestBodyModel.of(RecordingDecisionRequest.class).fieldNames());
        assertEquals(List.of("kind", "authority", "medium", "usage", "conversationDate", "channel", "caseReference",
                "requestDate"), RequestBodyModel.of(ConsentRequestSubmission.class).fieldNames());
    }

    @Test
    void valuesTheContractAcceptsAreTypedInTheModel() {
        RequestBodyModel.Bound<RecordingDecisionRequest> bound = bind(RecordingDecisionRequest.class,
                "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"2027-05-18\"}");

        assertEquals("UWV", bound.model().getAuthority()); // a pattern-checked string in the contract since 1.3.0
        assertEquals(Medium.VIDEO, bound.model().getMedium());
        assertEquals(Boolean.TRUE, bound.model().getParticipant());
        assertEquals(LocalDate.of(2027, 5, 18), bound.model().getConversationDate());
        assertNull(bound.model().getConsentRequestReference());
        assertEquals(Map.of(), bound.unfit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"medium\":\"HOLOGRAM\"}           | medium           | HOLOGRAM",
            "{\"medium\":\"video\"}              | medium           | video",
            "{\"authority\":1}                   | authority        | 1",
            "{\"participant\":\"true\"}          | participant      | JSON string \"true\"",
            "{\"participant\":1}                 | participant      | JSON number 1",
            "{\"conversationDate\":\"2026-13-01\"} | conversationDate | 2026-13-01",
            "{\"conversationDate\":\"2026-02-30\"} | conversationDate | 2026-02-30",
            "{\"consentRequestReference\":true}  | consentRequestReference | true",
    })
    void aValueTheModelCannotHoldIsKeptAsSentForTheValidatorToName(String json, String field, String text) {
        RequestBodyModel.Bound<RecordingDecisionRequest> bound = bind(RecordingDecisionRequest.class, json);

        assertEquals(Map.of(field, text), bound.unfit());
    }

    @Test
    void nullIsAbsent() {
        RequestBodyModel.Bound<RecordingDecisionRequest> bound = bind(RecordingDecisionRequest.class,
                "{\"authority\":null,\"participant\":null}");

        assertNull(bound.model().getAuthority());
        assertNull(bound.model().getParticipant());
        assertEquals(Map.of(), bound.unfit());
    }

    @Test
    void aFieldOutsideTheContractIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bind(RecordingDecisionRequest.class, "{\"medum\":\"VIDEO\"}"));

        assertEquals("medum", e.invalidParams().get(0).name());
        assertEquals("is not a field of this request; expected: authority, medium, participant, conversationDate, "
                + "consentRequestReference", e.invalidParams().get(0).reason());
    }
}
