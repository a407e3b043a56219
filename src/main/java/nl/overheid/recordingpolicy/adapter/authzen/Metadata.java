package nl.overheid.recordingpolicy.adapter.authzen;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The PDP metadata document ({@code /.well-known/authzen-configuration}): the decision point's identifier and its
 * endpoints as absolute URLs, and the obligation types it issues (obligations profile). The identifier is the base
 * URL the caller reached the gateway at, so that it is identical to the one the caller derived the well-known URL
 * from, as the spec's validation requires; over HTTPS (the only transport the spec allows) it is an https URL.
 */
final class Metadata {

    static final String WELL_KNOWN = "/.well-known/authzen-configuration";
    static final String EVALUATION = "/access/v1/evaluation";
    static final String EVALUATIONS = "/access/v1/evaluations";

    private Metadata() {
    }

    static JsonObject of(String scheme, String host, int port) {
        String base = base(scheme, host, port);
        return Json.createObjectBuilder()
                .add("policy_decision_point", base)
                .add("access_evaluation_endpoint", base + EVALUATION)
                .add("access_evaluations_endpoint", base + EVALUATIONS)
                .add("supported_obligations", Json.createArrayBuilder().add(DecisionAnswers.OBLIGATION_TYPE))
                .build();
    }

    /** scheme://host[:port], the port left out where it is the scheme's default; an IPv6 address in brackets. */
    static String base(String scheme, String host, int port) {
        String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        boolean defaultPort = port < 0 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + name + (defaultPort ? "" : ":" + port);
    }
}
