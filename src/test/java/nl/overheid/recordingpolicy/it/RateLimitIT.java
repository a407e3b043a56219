package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.adapter.rest.RestApplication;

/**
 * The per-caller rate limit on the running server. The limit is off by default (the other ITs and the benchmark
 * send thousands of requests a second from one address); this test sets it through WildFly's management API, as an
 * operator would, and removes it again afterwards.
 */
class RateLimitIT extends DeployedGateway {

    private static final String PROPERTY = "gateway.rate-limit.per-second";
    private static final int LIMIT = 5;

    @ArquillianResource
    ManagementClient management;

    Http http;

    @BeforeEach
    void limit() throws Exception {
        http = new Http(base);
        setLimit(Integer.toString(LIMIT));
    }

    /** Lifted, and a request made so that the filter has seen it: the next test starts from full buckets. */
    @AfterEach
    void noLimit() throws Exception {
        setLimit(null);
        assertEquals(200, http.get("/api/v1/policies").statusCode());
    }

    @Test
    void restCallersOverTheLimitGetA429ProblemWithRetryAfter() {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 4 * LIMIT; i++) {
            answers.add(http.get("/api/v1/policies/UWV"));
        }

        long ok = answers.stream().filter(response -> response.statusCode() == 200).count();
        List<HttpResponse<String>> refused = answers.stream().filter(response -> response.statusCode() == 429).toList();
        assertEquals(answers.size(), ok + refused.size(), "only 200s and 429s");
        assertFalse(refused.isEmpty(), "some refused");
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(200, answers.get(i).statusCode(), "a full bucket to start with: request " + (i + 1));
        }
        HttpResponse<String> tooMany = refused.get(0);
        assertEquals("application/problem+json", tooMany.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("1", tooMany.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(RestApplication.API_VERSION, tooMany.headers().firstValue("API-Version").orElseThrow());
        JsonObject problem = Http.json(tooMany);
        assertEquals(429, problem.getInt("status"));
        assertEquals("Too Many Requests", problem.getString("title"));
        assertEquals("Too many requests: at most 5 per second per caller. Retry after 1 second.", problem.getString("detail"));
        assertEquals("/api/v1/policies/UWV", problem.getString("instance"));
    }

    @Test
    void soapCallersOverTheLimitGetA429ClientFaultWithRetryAfter() throws Exception {
        String envelope = SoapWire.envelope("<rp:ListPolicies><rp:authority>UWV</rp:authority></rp:ListPolicies>");
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 4 * LIMIT; i++) {
            answers.add(http.send(HttpRequest.newBuilder(http.uri("/" + SoapClient.PATH))
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope))));
        }

        HttpResponse<String> tooMany = answers.stream().filter(response -> response.statusCode() == 429).findFirst().orElseThrow();
        assertEquals(200, answers.get(0).statusCode());
        assertTrue(tooMany.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"));
        assertEquals("1", tooMany.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(tooMany.body().contains("<faultcode>soap:Client</faultcode>"), tooMany.body());
        assertTrue(tooMany.body().contains("at most 5 per second per caller"), tooMany.body());
    }

    @Test
    void afterRetryAfterTheCallerIsAnsweredAgain() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 4 * LIMIT; i++) {
            last = http.get("/api/v1/policies/UWV");
        }
        assertEquals(429, last.statusCode());

        Thread.sleep(1_000L * Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()));

        assertEquals(200, http.get("/api/v1/policies/UWV").statusCode());
    }

    @Test
    void aMalformedLimitSetAtRunTimeIsIgnoredAndTheLimitKept() throws Exception {
        assertEquals(200, http.get("/api/v1/policies/UWV").statusCode()); // the filter now applies 5 a second
        setLimit("lots");

        long refused = 0;
        for (int i = 0; i < 4 * LIMIT; i++) {
            refused += http.get("/api/v1/policies/UWV").statusCode() == 429 ? 1 : 0;
        }
        assertTrue(refused > 0, "still limited");
    }

    @Test
    void withoutTheSettingNobodyIsLimited() throws Exception {
        setLimit(null);

        for (int i = 0; i < 20 * LIMIT; i++) {
            HttpResponse<String> response = http.get("/api/v1/policies/UWV");
            assertEquals(200, response.statusCode(), "request " + (i + 1));
            assertFalse(response.headers().firstValue("Retry-After").isPresent());
        }
    }

    private void setLimit(String value) throws Exception {
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").add("system-property", PROPERTY);
        management.getControllerClient().execute(remove); // fails harmlessly when it is not set
        if (value != null) {
            ModelNode add = new ModelNode();
            add.get("operation").set("add");
            add.get("address").add("system-property", PROPERTY);
            add.get("value").set(value);
            ModelNode result = management.getControllerClient().execute(add);
            assertEquals("success", result.get("outcome").asString(), result.toString());
        }
    }
}
