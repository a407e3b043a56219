package nl.overheid.recordingpolicy.adapter.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PDP metadata: absolute URLs under the base the caller used, which is the decision point's identifier. */
class MetadataTest {

    @Test
    void theEndpointsAreAbsoluteUrlsUnderTheIdentifier() {
        JsonObject metadata = Metadata.of("https", "gateway.example.nl", 8443);

        assertEquals("https://gateway.example.nl:8443", metadata.getString("policy_decision_point"));
        assertEquals("https://gateway.example.nl:8443/access/v1/evaluation", metadata.getString("access_evaluation_endpoint"));
        assertEquals("https://gateway.example.nl:8443/access/v1/evaluations", metadata.getString("access_evaluations_endpoint"));
        assertEquals(Json.object("{'a':['custom']}").getJsonArray("a"), metadata.getJsonArray("supported_obligations"));
    }

    @ParameterizedTest(name = "{0}://{1}:{2}")
    @CsvSource({
        "https, gateway.example.nl, 443,  https://gateway.example.nl",
        "http,  127.0.0.1,          80,   http://127.0.0.1",
        "https, 127.0.0.1,          8543, https://127.0.0.1:8543",
        "https, ::1,                8443, https://[::1]:8443",
    })
    void theBaseLeavesOutTheSchemesDefaultPort(String scheme, String host, int port, String base) {
        assertEquals(base, Metadata.base(scheme, host, port));
    }
}
