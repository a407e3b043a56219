package nl.overheid.recordingpolicy.bench.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.infra.Blackhole;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.RecordingQuestion;
import nl.overheid.recordingpolicy.domain.policy.Usage;
import nl.overheid.recordingpolicy.domain.policy.UsageQuestion;

/**
 * The pure policy core, one thread, no server: how many answers per second the domain itself can give.
 * The inputs are built once per trial (fixed seed, fixed "today") and cycled through, so every run measures
 * the same mix and the benchmark loop does nothing but ask the question and hand the answer to a Blackhole.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class PolicyCoreBenchmark {

    /** Inputs per benchmark: a power of two, so the cursor wraps with a mask. */
    private static final int SIZE = 4096;
    private static final int MASK = SIZE - 1;

    /** "Today" (the request date) is fixed, so the share of on-time, late and past conversations is too. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private WorkingDayCalendar calendar;
    private PolicySet policies;
    private RecordingQuestion[] recordingQuestions;
    private UsageQuestion[] usageQuestions;
    private LocalDate[] conversationDates;
    private LocalDate[] requestDates;
    private int cursor;

    @Setup
    public void setUp() {
        calendar = WorkingDayCalendar.standard();
        policies = PolicyFiles.shipped(calendar);
        SplittableRandom random = new SplittableRandom(20260601L);

        // (a) Recording questions: half UWV video/photo with a conversation date between 2 weeks ago and a year
        // ahead (on time, late, in the past), a quarter UWV audio, a quarter municipality; one in 16 asked by
        // someone who does not take part.
        recordingQuestions = new RecordingQuestion[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int kind = random.nextInt(4);
            Optional<LocalDate> date = Optional.of(TODAY.plusDays(random.nextInt(-14, 366)));
            boolean participant = random.nextInt(16) != 0;
            recordingQuestions[i] = switch (kind) {
                case 0, 1 -> new RecordingQuestion(Authority.UWV, random.nextInt(4) == 0 ? Medium.PHOTO : Medium.VIDEO,
                        participant, date);
                case 2 -> new RecordingQuestion(Authority.UWV, Medium.AUDIO, participant,
                        random.nextBoolean() ? date : Optional.empty());
                default -> new RecordingQuestion(Authority.MUNICIPALITY, Medium.values()[random.nextInt(3)],
                        participant, random.nextBoolean() ? date : Optional.empty());
            };
        }

        // (b) Usage questions: every authority x medium x usage, shuffled.
        List<UsageQuestion> combinations = new ArrayList<>();
        for (Authority authority : policies.authorities()) {
            for (Medium medium : Medium.values()) {
                for (Usage usage : Usage.values()) {
                    combinations.add(new UsageQuestion(authority, medium, usage));
                }
            }
        }
        usageQuestions = new UsageQuestion[SIZE];
        for (int i = 0; i < SIZE; i++) {
            usageQuestions[i] = combinations.get(random.nextInt(combinations.size()));
        }

        // (c) Lead times: conversations spread over 2020-2031 (every holiday table of those years in play),
        // asked 0 to 40 days before.
        LocalDate from = LocalDate.of(2020, 1, 1);
        int span = (int) (LocalDate.of(2031, 12, 31).toEpochDay() - from.toEpochDay());
        conversationDates = new LocalDate[SIZE];
        requestDates = new LocalDate[SIZE];
        for (int i = 0; i < SIZE; i++) {
            conversationDates[i] = from.plusDays(random.nextInt(span + 1));
            requestDates[i] = conversationDates[i].minusDays(random.nextInt(41));
        }

        // Every input must be answerable: a benchmark of exceptions would measure nothing useful.
        for (int i = 0; i < SIZE; i++) {
            policies.recording().evaluate(recordingQuestions[i], TODAY);
            policies.usage().evaluate(usageQuestions[i]);
            LeadTime.compute(calendar, 5, conversationDates[i], requestDates[i]);
        }
    }

    /** (a) POST /recording-decisions without the server: PolicySet.recording().evaluate(question, today). */
    @Benchmark
    public void recordingDecision(Blackhole blackhole) {
        blackhole.consume(policies.recording().evaluate(recordingQuestions[cursor++ & MASK], TODAY));
    }

    /** (b) POST /usage-decisions without the server: PolicySet.usage().evaluate(question). */
    @Benchmark
    public void usageDecision(Blackhole blackhole) {
        blackhole.consume(policies.usage().evaluate(usageQuestions[cursor++ & MASK]));
    }

    /** (c) The lead-time computation: LeadTime.compute(calendar, 5, conversationDate, requestDate). */
    @Benchmark
    public void leadTime(Blackhole blackhole) {
        int i = cursor++ & MASK;
        blackhole.consume(LeadTime.compute(calendar, 5, conversationDates[i], requestDates[i]));
    }
}
