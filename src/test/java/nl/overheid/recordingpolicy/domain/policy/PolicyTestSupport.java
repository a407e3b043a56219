package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * Shared fixture and small helpers for the policy tests: the current policy set on the standard calendar, and a
 * compact "CODE=RULE-ID" notation so that a table row can state exactly which obligation, advice or consequence a
 * decision carries and which rule it cites.
 */
final class PolicyTestSupport {

    static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());

    private PolicyTestSupport() {
    }

    /** The loaded rule with this id. */
    static Rule rule(String id) {
        return POLICIES.rules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no rule " + id));
    }

    /** A blank table cell means "no conversation date given". */
    static Optional<LocalDate> date(String isoDateOrBlank) {
        return isoDateOrBlank == null || isoDateOrBlank.isBlank()
                ? Optional.empty()
                : Optional.of(LocalDate.parse(isoDateOrBlank.trim()));
    }

    /** Space-separated items of a table cell, sorted; a blank cell is the empty list. */
    static List<String> items(String cell) {
        return cell == null || cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.trim().split("\\s+")).sorted().toList();
    }

    static List<String> obligations(Decision decision) {
        return decision.obligations().stream().map(o -> o.code() + "=" + o.rule().id()).sorted().toList();
    }

    static List<String> advice(Decision decision) {
        return decision.advice().stream().map(a -> a.code() + "=" + a.rule().id()).sorted().toList();
    }

    static List<String> consequences(Decision decision) {
        return decision.consequences().stream().map(c -> c.code() + "=" + c.rule().id()).sorted().toList();
    }
}
