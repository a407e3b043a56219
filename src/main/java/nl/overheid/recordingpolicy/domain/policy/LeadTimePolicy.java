package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * "U kunt de toestemming uiterlijk 5 werkdagen voor het gesprek bij ons aanvragen": the only lead time in the
 * rules, for image recordings (video, photo) at UWV.
 */
public final class LeadTimePolicy {

    /** From UWV-VIDEO-LEAD-TIME. */
    public static final int UWV_IMAGE_WORKING_DAYS = 5;

    private final WorkingDayCalendar calendar;
    private final PolicyVersion version;

    LeadTimePolicy(WorkingDayCalendar calendar, PolicyVersion version) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** Whether a request for this medium at this authority has to be made a number of working days ahead. */
    public static boolean appliesTo(Authority authority, Medium medium) {
        return authority == Authority.UWV && medium.isImage();
    }

    /**
     * @throws IllegalArgumentException when a lead time applies and no conversation date is given; callers
     *         validate that first (see {@link #appliesTo}).
     */
    LeadTimeAssessment assess(Authority authority, Medium medium, Optional<LocalDate> conversationDate,
                              LocalDate requestDate) {
        if (!appliesTo(authority, medium)) {
            return LeadTimeAssessment.notRequired(requestDate);
        }
        LocalDate conversation = conversationDate.orElseThrow(() ->
                new IllegalArgumentException("conversationDate is required for " + medium + " at " + authority));
        return LeadTimeAssessment.required(
                LeadTime.compute(calendar, UWV_IMAGE_WORKING_DAYS, conversation, requestDate));
    }

    /** The lead-time question on its own: by when, and is a request on {@code requestDate} on time? */
    public LeadTimeAnswer answer(Authority authority, Medium medium, Optional<LocalDate> conversationDate,
                                 LocalDate requestDate) {
        LeadTimeAssessment assessment = assess(authority, medium, conversationDate, requestDate);
        if (!assessment.required()) {
            Rule rule = authority == Authority.UWV ? UwvRules.AUDIO_ALLOWED : MunicipalityRules.RECORDING_ALLOWED;
            BilingualText text = new BilingualText(
                    "Voor deze opname hoeft u niets vooraf aan te vragen: er geldt geen termijn.",
                    "Nothing needs to be requested in advance for this recording: no lead time applies.");
            return new LeadTimeAnswer(assessment, List.of(rule), text, version);
        }
        LeadTime timing = assessment.timing().orElseThrow();
        List<BilingualText> text = new ArrayList<>(4);
        text.add(deadlineText(timing));
        text.add(timing.onTime()
                ? new BilingualText(
                        "Een aanvraag op " + DateText.nl(timing.requestDate()) + " is op tijd.",
                        "A request on " + DateText.en(timing.requestDate()) + " is on time.")
                : new BilingualText(
                        "Een aanvraag op " + DateText.nl(timing.requestDate()) + " is te laat.",
                        "A request on " + DateText.en(timing.requestDate()) + " is too late."));
        text.addAll(dateNotes(timing));
        return new LeadTimeAnswer(assessment, List.of(UwvRules.VIDEO_LEAD_TIME), BilingualText.join(text), version);
    }

    static BilingualText deadlineText(LeadTime timing) {
        return new BilingualText(
                "Toestemming voor een beeldopname moet uiterlijk " + DateText.nl(timing.deadline())
                        + " worden aangevraagd (5 werkdagen vóór het gesprek op " + DateText.nl(timing.conversationDate())
                        + "), via een bericht in Mijn UWV, een chat of telefonisch.",
                "Consent for an image recording must be requested by " + DateText.en(timing.deadline())
                        + " (5 working days before the conversation on " + DateText.en(timing.conversationDate())
                        + "), by a message in Mijn UWV, a chat or by phone.");
    }

    /** What an unusual conversation date means for the answer: in the past, or not a working day. */
    List<BilingualText> dateNotes(LeadTime timing) {
        LocalDate conversation = timing.conversationDate();
        List<BilingualText> notes = new ArrayList<>(2);
        if (timing.conversationInPast()) {
            notes.add(PastConversation.note(conversation));
        }
        calendar.nonWorkingReason(conversation).ifPresent(reason -> notes.add(new BilingualText(
                "De gespreksdatum " + DateText.nl(conversation) + " is geen werkdag (" + reason.dutchName()
                        + "); de termijn is vanaf die datum teruggerekend.",
                "The conversation date " + DateText.en(conversation) + " is not a working day (" + reason.englishName()
                        + "); the lead time is counted back from that date.")));
        return notes;
    }
}
