package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * One version of the rules, everything that answers questions with them, and the catalogue of the rules
 * themselves. A later change of the spelregels becomes a new version with its own effective date, so that a
 * decision can always say which version produced it.
 */
public final class PolicySet {

    /** The first rule set of the gateway: the spelregels as published in the seed documents. */
    public static final PolicyVersion CURRENT_VERSION = new PolicyVersion("2026.1", LocalDate.of(2026, 1, 1));

    private final PolicyVersion version;
    private final List<Rule> rules;
    private final LeadTimePolicy leadTimes;
    private final RecordingPolicy recording;
    private final UsagePolicy usage;

    private PolicySet(PolicyVersion version, List<Rule> rules, WorkingDayCalendar calendar) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.leadTimes = new LeadTimePolicy(calendar, version);
        this.recording = new RecordingPolicy(leadTimes, version);
        this.usage = new UsagePolicy(version);
    }

    public static PolicySet current(WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return new PolicySet(CURRENT_VERSION,
                Stream.concat(UwvRules.all().stream(), MunicipalityRules.all().stream()).toList(), calendar);
    }

    public PolicyVersion version() {
        return version;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Rule> rules(Authority authority) {
        return rules.stream().filter(rule -> rule.authority() == authority).toList();
    }

    public LeadTimePolicy leadTimes() {
        return leadTimes;
    }

    public RecordingPolicy recording() {
        return recording;
    }

    public UsagePolicy usage() {
        return usage;
    }
}
