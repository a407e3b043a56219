package nl.overheid.recordingpolicy.adapter.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The attribute rule table: first match wins, no match denies, attributes by path with JSON values compared as
 * values. Run on the AuthZEN certification fixture the integration tests load (src/test/resources/authzen), whose
 * eight required decisions it must give from the data.
 */
class AttributeRulesTest {

    private static final AttributeRules FIXTURE = AttributeRules.of(
            AttributeRules.read(Path.of("src/test/resources/authzen/certification-rules.json")));

    private static Optional<AttributeRule> match(String request) {
        return FIXTURE.firstMatch(Evaluation.of(Json.object(request)));
    }

    @ParameterizedTest(name = "scenario rule {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1 | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}} | true",
        "2 | {'subject':{'type':'user','id':'alice'},'action':{'name':'write'},'resource':{'type':'record','id':'record-1'}} | true",
        "3 | {'subject':{'type':'user','id':'bob'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}} | true",
        "4 | {'subject':{'type':'user','id':'bob'},'action':{'name':'write'},'resource':{'type':'record','id':'record-1'}} | false",
        "5 | {'subject':{'type':'user','id':'alice'},'action':{'name':'write'},'resource':{'type':'record','id':'record-2','properties':{'status':'archived'}}} | false",
        "6 | {'subject':{'type':'user','id':'bob','properties':{'role':'admin'}},'action':{'name':'write'},'resource':{'type':'record','id':'record-2','properties':{'status':'archived'}}} | true",
        "7 | {'subject':{'type':'user','id':'alice'},'action':{'name':'delete','properties':{'soft':true}},'resource':{'type':'record','id':'record-1'}} | true",
        "8 | {'subject':{'type':'user','id':'alice'},'action':{'name':'delete','properties':{'soft':false}},'resource':{'type':'record','id':'record-1'}} | false",
    })
    void theCertificationFixtureGivesItsEightRequiredDecisions(int rule, String request, boolean decision) {
        assertEquals(decision, AuthzenDecider.ruleAnswer(match(request)).getBoolean("decision"), "scenario rule " + rule);
    }

    @Test
    void theFirstMatchingRuleWinsAndIsCited() {
        JsonObject answer = AuthzenDecider.ruleAnswer(match("{'subject':{'type':'user','id':'bob','properties':{'role':'admin'}},"
                + "'action':{'name':'write'},'resource':{'type':'record','id':'record-2','properties':{'status':'archived'}}}"));

        assertEquals("ADMIN-WRITES-ARCHIVED", answer.getJsonObject("context").getJsonArray("rules").getJsonObject(0).getString("id"));
        assertEquals("PERMITTED", answer.getJsonObject("context").getString("outcome"));
    }

    @Test
    void noMatchIsADenyCitingNothing() {
        JsonObject answer = AuthzenDecider.ruleAnswer(match("{'subject':{'type':'user','id':'carol'},'action':{'name':'read'},"
                + "'resource':{'type':'record','id':'record-1'}}"));

        assertFalse(answer.getBoolean("decision"));
        assertEquals(0, answer.getJsonObject("context").getJsonArray("rules").size());
        assertEquals("NOT_PERMITTED", answer.getJsonObject("context").getString("outcome"));
    }

    @Test
    void aValueMatchesOnlyTheSameJsonValue() {
        AttributeRule soft = new AttributeRule("SOFT", "soft", Map.of("action.properties.soft", JsonValue.TRUE), true);
        assertTrue(soft.matches(Json.object("{'action':{'properties':{'soft':true}}}")));
        assertFalse(soft.matches(Json.object("{'action':{'properties':{'soft':'true'}}}")), "the string is not the boolean");
        assertFalse(soft.matches(Json.object("{'action':{'name':'delete'}}")), "an absent attribute matches nothing");
        assertFalse(soft.matches(Json.object("{'action':'delete'}")), "a path through a non-object leads nowhere");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'rule':[]}                                                    | has no \"rules\" array",
        "{'rules':[7]}                                                  | rule 1 is not an object",
        "{'rules':[{'when':{},'decision':true}]}                        | rule 1 has no id",
        "{'rules':[{'id':'A','decision':true}]}                         | rule A has no \"when\" object",
        "{'rules':[{'id':'A','when':{},'decision':'yes'}]}              | rule A has no boolean \"decision\"",
        "{'rules':[{'id':'A','when':{'user.id':'x'},'decision':true}]}  | rule A names user.id",
    })
    void aMalformedTableIsRefusedNamingWhatIsWrong(String table, String expected) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> AttributeRules.parse(Json.object(table), "rules.json"));
        assertTrue(refused.getMessage().contains(expected) && refused.getMessage().contains("rules.json"),
                refused.getMessage());
    }
}
