package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DAY_AFTER_DEADLINE;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.recording;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Refusal;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;
import nl.overheid.recordingpolicy.domain.policy.Medium;

/** UWV's contact after a request ("Wij nemen dan contact met u op ..."): when it may be recorded and what it may propose. */
class ConsentContactTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-05-20T09:00:00Z");

    private static ConsentRequest lateVideo() {
        return submit(recording(Medium.VIDEO, CONVERSATION, DAY_AFTER_DEADLINE));
    }

    private static ConsentContact contact(ConsentRequest request, String at, Optional<ConsentContact.Alternative> alternative) {
        Instant contactedAt = Instant.parse(at);
        return ConsentContact.record(request, contactedAt, contactedAt.atZone(AMSTERDAM).toLocalDate(),
                Optional.of("  gebeld  "), alternative, NOW);
    }

    private static Optional<ConsentContact.Alternative> instead(Medium medium) {
        return Optional.of(new ConsentContact.Alternative(Optional.of(medium), Optional.of("alleen geluid")));
    }

    @Test
    void aContactWithAnAudioAlternativeIsRecordedAsGiven() {
        ConsentContact contact = contact(lateVideo(), "2026-05-11T10:00:00Z", instead(Medium.AUDIO)).by("officer-uwv");

        assertEquals(Instant.parse("2026-05-11T10:00:00Z"), contact.contactedAt());
        assertEquals(Optional.of("gebeld"), contact.note());
        assertEquals(Optional.of(Medium.AUDIO), contact.alternative().flatMap(ConsentContact.Alternative::medium));
        assertEquals(NOW, contact.recordedAt());
        assertEquals(Optional.of("officer-uwv"), contact.recordedBy());
    }

    @Test
    void aContactWithoutAlternativeMayBeRecordedAfterTheConversationAndWhateverTheStatus() {
        ConsentRequest withdrawn = lateVideo().withdraw(Optional.empty(), LocalDate.of(2026, 5, 11),
                Instant.parse("2026-05-11T12:00:00Z"));

        ConsentContact contact = contact(withdrawn, "2026-05-19T10:00:00Z", Optional.empty());

        assertEquals(Optional.empty(), contact.alternative());
    }

    @ParameterizedTest(name = "contact at {0} proposing {1}: refused on {2}, {3}")
    @CsvSource(textBlock = """
            # contactedAt,          alternative, field,             reason,                         value
            # in the future (now is 2026-05-20T09:00Z)
            2026-05-20T09:00:01Z,   ,            contactedAt,       CONTACT_IN_THE_FUTURE,
            # before the request date (8 May 2026, Amsterdam): 7 May 23:59 in Amsterdam
            2026-05-07T21:59:00Z,   ,            contactedAt,       CONTACT_BEFORE_REQUEST,         2026-05-08
            # the medium asked for is no alternative
            2026-05-11T10:00:00Z,   VIDEO,       alternativeMedium, ALTERNATIVE_SAME_MEDIUM,        VIDEO
            # another way of recording a conversation that has taken place
            2026-05-19T10:00:00Z,   AUDIO,       alternativeMedium, ALTERNATIVE_AFTER_CONVERSATION, 2026-05-18
            """)
    void aContactThatCannotHaveHappenedOrProposesNoRealAlternativeIsRefused(String at, Medium alternative, String field,
                                                                             FieldReason reason, String value) {
        ConsentRequest request = lateVideo();

        RejectedFieldException refused = assertThrows(RejectedFieldException.class,
                () -> contact(request, at, alternative == null ? Optional.empty() : instead(alternative)));

        assertEquals(field, refused.field());
        assertEquals(value == null ? Refusal.of(reason) : Refusal.of(reason, value), refused.refusal());
    }

    @Test
    void anAlternativeNamesAMediumOrDescribesItself() {
        assertThrows(IllegalArgumentException.class,
                () -> new ConsentContact.Alternative(Optional.empty(), Optional.of("   ")));
    }
}
