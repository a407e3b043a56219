package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Of many decisions on one consent request at the same moment exactly one wins: one 200, every other caller a 409
 * (the status no longer allows it, or a concurrent change), and the request's history has exactly the submission
 * and the winner's change. No idempotency keys: these are different callers, not retries.
 */
class ConsentConcurrencyIT extends DeployedGateway {

    private static final int CALLERS = 32;

    ConsentRest consent;
    ExecutorService pool;

    @BeforeEach
    void clients() {
        consent = new ConsentRest(new Http(base));
        pool = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "callers finished");
    }

    /** One action of a caller, by name, so that the winner can be told from the others. */
    private record Call(String name, Callable<HttpResponse<String>> send) {
    }

    @RepeatedTest(3)
    void ofManyParallelDecisionsExactlyOneWins(RepetitionInfo round) throws Exception {
        String reference = consent.newOnTimeRecording();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            String decision = i % 2 == 0 ? "GRANTED" : "DENIED";
            calls.add(new Call(decision, () -> consent.decide(reference, decision, null)));
        }

        assertExactlyOneWins(reference, race(calls), "round " + round.getCurrentRepetition());
    }

    @RepeatedTest(2)
    void decisionsAndWithdrawalsRacingLeaveExactlyOneChange(RepetitionInfo round) throws Exception {
        String reference = consent.newOnTimeRecording();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            switch (i % 3) {
                case 0 -> calls.add(new Call("GRANTED", () -> consent.decide(reference, "GRANTED", null)));
                case 1 -> calls.add(new Call("DENIED", () -> consent.decide(reference, "DENIED", "nee")));
                default -> calls.add(new Call("WITHDRAWN", () -> consent.withdrawWithoutBody(reference)));
            }
        }

        assertExactlyOneWins(reference, race(calls), "round " + round.getCurrentRepetition());
    }

    /** Starts every call at once (behind a start gate) and collects the answers, each with its call's name. */
    private List<Map.Entry<String, HttpResponse<String>>> race(List<Call> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (Call call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return call.send().call();
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "all callers ready");
        start.countDown();
        List<Map.Entry<String, HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            answers.add(Map.entry(calls.get(i).name(), futures.get(i).get(90, TimeUnit.SECONDS)));
        }
        return answers;
    }

    private void assertExactlyOneWins(String reference, List<Map.Entry<String, HttpResponse<String>>> answers, String round) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(answer -> statuses.merge(answer.getValue().statusCode(), 1, Integer::sum));
        assertEquals(Map.of(200, 1, 409, CALLERS - 1), statuses, round + ": status codes and how often");

        Map.Entry<String, HttpResponse<String>> winner = answers.stream()
                .filter(answer -> answer.getValue().statusCode() == 200).findFirst().orElseThrow();
        String won = winner.getKey();
        JsonObject winnersView = Http.json(winner.getValue());
        assertEquals(won, winnersView.getString("status"), round + ": the 200 answers with the winner's change");

        for (Map.Entry<String, HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.getValue();
            if (response.statusCode() == 409) {
                assertEquals("application/problem+json",
                        response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(), response.body());
                JsonObject problem = Http.json(response);
                assertEquals(409, problem.getInt("status"));
                // a loser that saw the winner's status names it; one that lost on the version check names it too
                if (problem.containsKey("currentStatus")) {
                    assertEquals(won, problem.getString("currentStatus"), round + ": " + response.body());
                }
            }
        }

        JsonObject after = consent.current(reference);
        assertEquals(won, after.getString("status"), round + ": stored status");
        String actor = won.equals("WITHDRAWN") ? "REQUESTER" : "GRANTOR";
        assertEquals(List.of("->SUBMITTED by REQUESTER", "SUBMITTED>" + won + " by " + actor), ConsentRest.steps(after),
                round + ": exactly the submission and the winner's change");
        assertEquals(winnersView.getJsonArray("history"), after.getJsonArray("history"),
                round + ": the winner's answer is what was stored");
        consent.record(after.getJsonArray("history").getJsonObject(1).getString("decisionId"));
    }
}
