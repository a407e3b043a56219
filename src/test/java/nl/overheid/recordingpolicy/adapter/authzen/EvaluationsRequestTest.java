package nl.overheid.recordingpolicy.adapter.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch: its defaults filled into each evaluation (whole entities), its semantic, its backwards compatibility. */
class EvaluationsRequestTest {

    private static final String DEFAULTS = "'subject':{'type':'user','id':'alice'},'action':{'name':'write'},"
            + "'resource':{'type':'record','id':'record-1','properties':{'status':'active'}},"
            + "'context':{'time':'2025-06-27T18:03-07:00','ip':'10.0.0.1'}";

    @Test
    void anEvaluationWithoutAKeyTakesTheDefaultWhole() {
        EvaluationsRequest batch = EvaluationsRequest.of(Json.object("{" + DEFAULTS + ",'evaluations':[{}]}"));

        Evaluation first = batch.evaluation(0);

        assertEquals(Json.object("{'type':'user','id':'alice'}"), first.subject());
        assertEquals(Json.object("{'name':'write'}"), first.action());
        assertEquals(Json.object("{'type':'record','id':'record-1','properties':{'status':'active'}}"), first.resource());
        assertEquals(Json.object("{'time':'2025-06-27T18:03-07:00','ip':'10.0.0.1'}"), first.context());
    }

    @Test
    void anEvaluationsOwnKeyReplacesTheDefaultWithoutMergingItsMembers() {
        EvaluationsRequest batch = EvaluationsRequest.of(Json.object("{" + DEFAULTS + ",'evaluations':[{"
                + "'resource':{'type':'record','id':'record-2'},'context':{'source':'batch-override'}}]}"));

        Evaluation evaluation = batch.evaluation(0);

        assertEquals(Json.object("{'type':'record','id':'record-2'}"), evaluation.resource(),
                "no properties.status from the default resource");
        assertEquals(Json.object("{'source':'batch-override'}"), evaluation.context(), "no time or ip from the default");
        assertEquals("alice", evaluation.subject().getString("id"));
    }

    @Test
    void aKeyNeitherTheEvaluationNorTheDefaultsGiveFailsThatEvaluationAlone() {
        EvaluationsRequest batch = EvaluationsRequest.of(Json.object("{'subject':{'type':'user','id':'alice'},"
                + "'action':{'name':'read'},'evaluations':[{'resource':{'type':'record','id':'record-1'}},{}, 7]}"));

        assertEquals("record-1", batch.evaluation(0).resourceId());
        AuthzenProblem missing = assertThrows(AuthzenProblem.class, () -> batch.evaluation(1));
        assertEquals("resource: is required", AuthzenProblem.describe(missing.invalidParams()));
        AuthzenProblem notAnObject = assertThrows(AuthzenProblem.class, () -> batch.evaluation(2));
        assertEquals("evaluations[2]: is not an object", AuthzenProblem.describe(notAnObject.invalidParams()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{'subject':{'type':'user','id':'a'}}", "{'evaluations':[]}", "{'evaluations':null}"})
    void withoutEvaluationsItIsOneEvaluation(String body) {
        assertTrue(EvaluationsRequest.of(Json.object(body)).single());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "                                                   | EXECUTE_ALL",
        ",'options':{}                                      | EXECUTE_ALL",
        ",'options':{'evaluations_semantic':'execute_all'}  | EXECUTE_ALL",
        ",'options':{'evaluations_semantic':'deny_on_first_deny','another_option':'x'} | DENY_ON_FIRST_DENY",
        ",'options':{'evaluations_semantic':'permit_on_first_permit'} | PERMIT_ON_FIRST_PERMIT",
    })
    void theSemanticIsTheOptionsOrExecuteAll(String options, EvaluationsSemantic expected) {
        String body = "{'evaluations':[{}]" + (options == null ? "" : options) + "}";
        EvaluationsRequest batch = EvaluationsRequest.of(Json.object(body));
        assertEquals(expected, batch.semantic());
        assertFalse(batch.single());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'evaluations':[{}],'options':{'evaluations_semantic':'first_wins'}} | options.evaluations_semantic",
        "{'evaluations':[{}],'options':{'evaluations_semantic':1}}            | options.evaluations_semantic",
        "{'evaluations':[{}],'options':'all'}                                 | options",
        "{'evaluations':{}}                                                   | evaluations",
        "{'evaluations':[{}],'subject':'alice'}                               | subject",
        "{'evaluations':[{}],'context':[]}                                    | context",
    })
    void aMalformedPartOfTheWholeBatchIsA400NamingIt(String body, String part) {
        AuthzenProblem problem = assertThrows(AuthzenProblem.class, () -> EvaluationsRequest.of(Json.object(body)));
        assertEquals(400, problem.status());
        assertEquals(List.of(part), problem.invalidParams().stream().map(p -> p.name()).toList());
    }
}
