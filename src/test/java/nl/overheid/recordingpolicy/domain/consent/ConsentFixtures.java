package nl.overheid.recordingpolicy.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The worked example of the rules, shared by the consent tests: a conversation at UWV on Monday 18 May 2026, whose
 * 5-working-day deadline is Thursday 7 May (Ascension Day 14 May and the equated 15 May do not count), and
 * requests brought into each status by the public API only.
 */
final class ConsentFixtures {

    static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());

    static final LocalDate CONVERSATION = LocalDate.of(2026, 5, 18);
    static final LocalDate DEADLINE = LocalDate.of(2026, 5, 7);
    static final LocalDate DAY_AFTER_DEADLINE = LocalDate.of(2026, 5, 8);
    /** A day between the request and the conversation, when deciding or withdrawing is still possible. */
    static final LocalDate BEFORE_CONVERSATION = LocalDate.of(2026, 5, 11);
    static final LocalDate AFTER_CONVERSATION = LocalDate.of(2026, 5, 19);

    static final Instant SUBMITTED_AT = Instant.parse("2026-05-07T08:15:00Z");
    static final Instant DECIDED_AT = Instant.parse("2026-05-11T13:40:00Z");
    static final Instant LATER_AT = Instant.parse("2026-05-19T03:00:00Z");

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private ConsentFixtures() {
    }

    static ConsentApplication recording(Authority authority, Medium medium, LocalDate conversation, LocalDate asked) {
        return new ConsentApplication(ConsentKind.RECORDING, authority, medium, Optional.empty(), conversation,
                listedChannel(authority), "ZAAK-2026-0042", asked);
    }

    static ConsentApplication recording(Medium medium, LocalDate conversation, LocalDate asked) {
        return recording(Authority.UWV, medium, conversation, asked);
    }

    static ConsentApplication publication(Authority authority, Medium medium, Usage usage) {
        return new ConsentApplication(ConsentKind.PUBLICATION, authority, medium, Optional.of(usage), CONVERSATION,
                listedChannel(authority), "ZAAK-2026-0042", AFTER_CONVERSATION);
    }

    /** A channel the authority's policy file lists: Mijn UWV at UWV, the counter at a municipality. */
    static Channel listedChannel(Authority authority) {
        return authority.equals(Authority.UWV) ? Channel.MIJN_UWV : Channel.COUNTER;
    }

    static ConsentRequest submit(ConsentApplication application) {
        return ConsentRequest.submit(application, ConsentReferences.newReference(), POLICIES, SUBMITTED_AT);
    }

    /** A video recording request asked on the deadline day, still open. */
    static ConsentRequest openRecording() {
        return submit(recording(Medium.VIDEO, CONVERSATION, DEADLINE));
    }

    /** A request to publish a recording at UWV, still open. */
    static ConsentRequest openPublication() {
        return submit(publication(Authority.UWV, Medium.AUDIO, Usage.PUBLISH));
    }

    static ConsentRequest open(ConsentKind kind) {
        return kind == ConsentKind.RECORDING ? openRecording() : openPublication();
    }

    /** A request of {@code kind} brought into {@code status} the way it happens in practice. */
    static ConsentRequest requestIn(ConsentKind kind, ConsentStatus status) {
        ConsentRequest open = open(kind);
        ConsentRequest request = switch (status) {
            case SUBMITTED -> open;
            case GRANTED -> open.decide(GrantorDecision.GRANTED, Optional.empty(), BEFORE_CONVERSATION, DECIDED_AT);
            case DENIED -> open.decide(GrantorDecision.DENIED, Optional.of("geen reden"), BEFORE_CONVERSATION, DECIDED_AT);
            case WITHDRAWN -> open.withdraw(Optional.empty(), BEFORE_CONVERSATION, DECIDED_AT);
            case EXPIRED -> open.expire(AFTER_CONVERSATION, LATER_AT);
            case LATE -> submit(kind == ConsentKind.RECORDING
                    ? recording(Medium.VIDEO, CONVERSATION, DAY_AFTER_DEADLINE)
                    : publication(Authority.UWV, Medium.AUDIO, Usage.PUBLISH));
        };
        if (request.status() != status) {
            throw new IllegalArgumentException("a " + kind + " request cannot reach " + status);
        }
        return request;
    }
}
