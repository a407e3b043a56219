package nl.overheid.recordingpolicy.adapter.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.application.failure.InvalidParam;

/** The AuthZEN information model's required parts: each missing or mistyped one named by its path, 400. */
class EvaluationTest {

    private static List<String> invalid(String request) {
        AuthzenProblem problem = assertThrows(AuthzenProblem.class, () -> Evaluation.of(Json.object(request)));
        assertEquals(400, problem.status());
        return problem.invalidParams().stream().map(p -> p.name() + ": " + p.reason()).toList();
    }

    @Test
    void aCompleteRequestIsReadWithItsUnknownMembersIgnored() {
        Evaluation evaluation = Evaluation.of(Json.object("{'subject':{'type':'user','id':'alice','x':1},"
                + "'action':{'name':'read'},'resource':{'type':'record','id':'record-1'},'foo':'bar',"
                + "'futureField':{'nested':true}}"));

        assertEquals("user", evaluation.subjectType());
        assertEquals("read", evaluation.actionName());
        assertEquals("record-1", evaluation.resourceId());
        assertEquals(jakarta.json.JsonValue.EMPTY_JSON_OBJECT, evaluation.context(), "no context: an empty one");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'action':{'name':'read'},'resource':{'type':'record','id':'r'}}                       | subject: is required",
        "{'subject':{'type':'user','id':'a'},'resource':{'type':'record','id':'r'}}             | action: is required",
        "{'subject':{'type':'user','id':'a'},'action':{'name':'read'}}                          | resource: is required",
        "{'subject':{'id':'a'},'action':{'name':'read'},'resource':{'type':'record','id':'r'}}  | subject.type: is required",
        "{'subject':{'type':'user'},'action':{'name':'read'},'resource':{'type':'record','id':'r'}} | subject.id: is required",
        "{'subject':{'type':'user','id':'a'},'action':{},'resource':{'type':'record','id':'r'}} | action.name: is required",
        "{'subject':{'type':'user','id':'a'},'action':{'name':'read'},'resource':{'id':'r'}}    | resource.type: is required",
        "{'subject':{'type':'user','id':'a'},'action':{'name':'read'},'resource':{'type':'record'}} | resource.id: is required",
        "{'subject':'alice','action':{'name':'read'},'resource':{'type':'record','id':'r'}}     | subject: is not an object",
        "{'subject':{'type':'user','id':'a'},'action':{'name':123},'resource':{'type':'record','id':'r'}} | action.name: is not a string",
        "{'subject':{'type':'user','id':''},'action':{'name':'read'},'resource':{'type':'record','id':'r'}} | subject.id: is empty",
        "{'subject':{'type':'user','id':'a','properties':[1]},'action':{'name':'read'},'resource':{'type':'record','id':'r'}} | subject.properties: is not an object",
        "{'subject':{'type':'user','id':'a'},'action':{'name':'read'},'resource':{'type':'record','id':'r'},'context':'now'} | context: is not an object",
    })
    void aMissingOrMistypedPartIsNamed(String request, String expected) {
        assertEquals(List.of(expected), invalid(request));
    }

    @Test
    void everyPartAtFaultIsNamedAtOnce() {
        assertEquals(List.of("action: is required", "resource.id: is required", "subject.type: is not a string"),
                invalid("{'subject':{'type':7,'id':'a'},'resource':{'type':'record'}}"));
    }

    @Test
    void theProblemSaysWhatIsWrongInItsDetailToo() {
        AuthzenProblem problem = AuthzenProblem.badRequest(List.of(new InvalidParam("subject", "is required")));
        assertEquals("The request cannot be evaluated as sent: subject: is required", problem.getMessage());
    }
}
