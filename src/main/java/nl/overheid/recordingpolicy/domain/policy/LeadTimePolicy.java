package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * By when consent must be asked: the working days of the recording table's consent terms (for UWV, "uiterlijk 5
 * werkdagen voor het gesprek"), counted back from the conversation date on the working-day calendar.
 */
public final class LeadTimePolicy {

    private final PolicySet policies;
    private final WorkingDayCalendar calendar;

    LeadTimePolicy(PolicySet policies, WorkingDayCalendar calendar) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Whether a request for this medium at this (loaded) authority has to be made a number of working days ahead. */
    public boolean appliesTo(Authority authority, Medium medium) {
        return policies.of(authority).recordingConsent(medium).isPresent();
    }

    /**
     * @throws IllegalArgumentException when a lead time applies and no conversation date is given; callers
     *         validate that first (see {@link #appliesTo}).
     */
    LeadTimeAssessment assess(Authority authority, Medium medium, Optional<LocalDate> conversationDate,
                              LocalDate requestDate) {
        Optional<RecordingConsentTerms> terms = policies.of(authority).recordingConsent(medium);
        if (terms.isEmpty()) {
            return LeadTimeAssessment.notRequired(requestDate);
        }
        LocalDate conversation = conversationDate.orElseThrow(() ->
                new IllegalArgumentException("conversationDate is required for " + medium + " at " + authority));
        LeadTime timing = LeadTime.compute(calendar, terms.get().workingDays(), conversation, requestDate);
        return LeadTimeAssessment.required(timing, isProvisional(timing));
    }

    /** Counted through a year whose equated days are not (all) known: every year from deadline to conversation. */
    private boolean isProvisional(LeadTime timing) {
        return !calendar.yearsWithoutDecree(timing.deadline(), timing.conversationDate()).isEmpty();
    }

    /** The lead-time question on its own: by when, and is a request on {@code requestDate} on time? */
    public LeadTimeAnswer answer(Authority authority, Medium medium, Optional<LocalDate> conversationDate,
                                 LocalDate requestDate) {
        RecordingRow row = policies.of(authority).recording(medium);
        LeadTimeAssessment assessment = assess(authority, medium, conversationDate, requestDate);
        if (row.consent().isEmpty()) {
            return new LeadTimeAnswer(assessment, List.of(row.permittingRule()), texts().text(GatewayText.NO_LEAD_TIME),
                    policies.version());
        }
        RecordingConsentTerms terms = row.consent().get();
        LeadTime timing = assessment.timing().orElseThrow();
        List<BilingualText> text = new ArrayList<>(4);
        text.add(deadlineText(terms, timing));
        text.add(texts().fill(timing.onTime() ? GatewayText.REQUEST_ON_TIME : GatewayText.REQUEST_TOO_LATE,
                Map.of("requestDate", DateText.of(timing.requestDate()))));
        text.addAll(dateNotes(timing));
        return new LeadTimeAnswer(assessment, List.of(terms.leadTimeRule()), BilingualText.join(text),
                policies.version());
    }

    static BilingualText deadlineText(RecordingConsentTerms terms, LeadTime timing) {
        return terms.deadline().fill(Map.of(
                "deadline", DateText.of(timing.deadline()),
                "conversationDate", DateText.of(timing.conversationDate()),
                "workingDays", new BilingualText(Integer.toString(timing.workingDays()),
                        Integer.toString(timing.workingDays()))));
    }

    /**
     * What an unusual conversation date means for the answer: a provisional deadline, a conversation in the past, or
     * on a day that is not a working day.
     */
    List<BilingualText> dateNotes(LeadTime timing) {
        LocalDate conversation = timing.conversationDate();
        List<BilingualText> notes = new ArrayList<>(3);
        List<Integer> undecreed = calendar.yearsWithoutDecree(timing.deadline(), conversation);
        if (!undecreed.isEmpty()) {
            String years = undecreed.stream().map(String::valueOf).collect(Collectors.joining(", "));
            notes.add(texts().fill(GatewayText.PROVISIONAL_DEADLINE, Map.of(
                    "deadline", DateText.of(timing.deadline()),
                    "years", new BilingualText(years, years))));
        }
        if (timing.conversationInPast()) {
            notes.add(PastConversation.note(texts(), conversation));
        }
        calendar.nonWorkingReason(conversation).ifPresent(reason -> notes.add(texts().fill(
                GatewayText.NOT_A_WORKING_DAY,
                Map.of("conversationDate", DateText.of(conversation), "reason", texts().name(reason)))));
        return notes;
    }

    private GatewayTexts texts() {
        return policies.texts();
    }
}
