package nl.overheid.recordingpolicy.bench.jmh;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.application.view.ConsentRequestView;
import nl.overheid.recordingpolicy.application.view.DecisionView;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentApplication;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.consent.NextStep;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.RecordingQuestion;

/**
 * The answers as JSON-B (Yasson, as WildFly ships it) writes them, one shared instance as the gateway uses it: a UWV
 * video decision and a granted UWV video consent request. It measured what id-only {@code hashCode} overrides on the
 * views saved (Yasson keeps every object it writes in a hash set to detect cycles): too little to keep them
 * (docs/findings.md). Not part of bench/run; for A/B runs by hand of a change to the views:
 * {@code java -jar bench/jmh/target/benchmarks.jar ViewSerializationBenchmark}, the jar built before and after.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class ViewSerializationBenchmark {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Jsonb jsonb;
    private DecisionView decision;
    private ConsentRequestView consentRequest;

    @Setup
    public void setUp() {
        jsonb = JsonbBuilder.create();
        PolicySet policies = PolicyFiles.shipped(WorkingDayCalendar.standard());
        LocalDate conversation = TODAY.plusDays(21);
        decision = DecisionView.of("01JD0000000000000000000000", policies.recording().evaluate(
                new RecordingQuestion(Authority.UWV, Medium.VIDEO, true, Optional.of(conversation)), TODAY));
        Instant now = TODAY.atTime(10, 0).atZone(AMSTERDAM).toInstant();
        ConsentRequest granted = ConsentRequest.submit(new ConsentApplication(ConsentKind.RECORDING, Authority.UWV,
                                Medium.VIDEO, Optional.empty(), conversation, Channel.MIJN_UWV, "ZAAK-BENCH-1", TODAY),
                        "CR-01JD0000000000000000000001", policies, now)
                .by("case-system")
                .decide(GrantorDecision.GRANTED, Optional.of("Akkoord"), TODAY, now.plusSeconds(3600))
                .by("consent-officer");
        consentRequest = ConsentRequestView.of(granted, List.of("01JD0000000000000000000002",
                        "01JD0000000000000000000003"), List.of(), List.of(),
                NextStep.of(granted, List.of(), policies, TODAY, AMSTERDAM), TODAY);
        // A jar that lost Yasson's Java 16 classes writes records as {}: that would measure nothing useful.
        for (String json : List.of(decisionView(), consentRequestView())) {
            if (!json.contains("\"explanation\"")) {
                throw new IllegalStateException("the view was not written whole: " + json);
            }
        }
    }

    @Benchmark
    public String decisionView() {
        return jsonb.toJson(decision);
    }

    @Benchmark
    public String consentRequestView() {
        return jsonb.toJson(consentRequest);
    }
}
