package nl.overheid.recordingpolicy.adapter.adl;

import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import nl.overheid.recordingpolicy.application.adl.AdlRecord;
import nl.overheid.recordingpolicy.application.audit.DecisionEvents;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * One decision-log record as an Authorization Decision Log record (Logius / VNG-Realisatie, "Interface"):
 * {@code trace_id}, {@code span_id}, {@code parent_span_id} (the caller's span, when it sent a traceparent),
 * {@code event_name}, {@code timestamp} in milliseconds since the epoch, {@code status}, {@code resource} (the
 * producer), {@code attributes} with the policy source reference, and {@code body} with the request and the response
 * in AuthZEN form.
 *
 * <p>Choices, each in docs/decision-log.md:
 * <ul>
 * <li>Only recording and usage decisions are access evaluations; the other records (consent status changes, contacts,
 * acknowledgements) are changes made by people, not evaluations by a decision point, and fall outside the standard
 * ("decisions whose shape does not correspond to any of the five event_name values are out of scope").</li>
 * <li>{@code status} is {@code Ok}: the log holds only evaluations that completed (a decision whose record cannot be
 * stored is not given), and a denial is an outcome, not an error.</li>
 * <li>The standard has no field for "left out for privacy"; its earlier drafts asked that an omission be "indicated in
 * the log record", and it lets implementations add namespaced attributes. {@link #OMITTED} lists, as JSON Pointers
 * (RFC 6901) into the record, what the request had that the record does not: the citizen's identity.</li>
 * </ul>
 */
public final class AdlRecordRendering {

    /** The vendor attribute naming what was left out for privacy. */
    public static final String OMITTED = "recordingpolicy.privacy.omitted";
    /** The only policy source: the policy files, together one version. */
    public static final String POLICY_SOURCE = "recording-policy";
    public static final String EVENT_NAME = "adl.access_evaluation";
    static final String SUBJECT_ID = "/body/adl.core.request/subject/id";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private AdlRecordRendering() {
    }

    /**
     * @param rules          the rules of the policy version that decided, by id (empty if it is not known)
     * @param policyLocation where a policy version with this id is retrieved (the REST path)
     * @throws IllegalArgumentException for a record that is not an access evaluation
     */
    public static JsonObject render(AdlRecord found, GatewayTexts texts, UnaryOperator<String> policyLocation) {
        return render(found.record(), found.rules(), texts, policyLocation);
    }

    static JsonObject render(DecisionRecord record, Map<String, Rule> rules, GatewayTexts texts,
                             UnaryOperator<String> policyLocation) {
        if (!DecisionEvents.isAccessEvaluation(record.event())) {
            throw new IllegalArgumentException("not an access evaluation: " + record.event());
        }
        JsonObjectBuilder adl = JSON.createObjectBuilder()
                .add("trace_id", record.trace().traceId())
                .add("span_id", record.trace().spanId());
        record.trace().parentSpanId().ifPresent(parent -> adl.add("parent_span_id", parent));
        return adl.add("event_name", EVENT_NAME)
                .add("timestamp", record.timestamp().toEpochMilli())
                .add("status", "Ok")
                .add("resource", JSON.createObjectBuilder().add("service.name", "recording-policy-gateway"))
                .add("attributes", JSON.createObjectBuilder()
                        .add("adl.core.policies", JSON.createObjectBuilder().add(POLICY_SOURCE, policyReference(record,
                                policyLocation)))
                        .add(OMITTED, JSON.createArrayBuilder().add(SUBJECT_ID)))
                .add("body", JSON.createObjectBuilder()
                        .add("adl.core.request", AuthZenRendering.request(record.event(), record.requestJson()))
                        .add("adl.core.response", AuthZenRendering.response(record.responseJson(), rules, texts)))
                .build();
    }

    /**
     * The version label the answers cite, and where the exact policy is: its id and location. A record from before the
     * archive of policy versions names the label only (the files it was made with were not kept).
     */
    private static JsonObject policyReference(DecisionRecord record, UnaryOperator<String> policyLocation) {
        JsonObjectBuilder reference = JSON.createObjectBuilder().add("version", record.policyVersion().version());
        record.policyContentId().ifPresent(id -> reference.add("id", id).add("href", policyLocation.apply(id)));
        return reference.build();
    }
}
