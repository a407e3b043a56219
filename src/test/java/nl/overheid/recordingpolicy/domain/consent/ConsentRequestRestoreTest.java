package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DEADLINE;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DECIDED_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.POLICIES;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.SUBMITTED_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.openPublication;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.openRecording;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.requestIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/** A persistence adapter rebuilds requests from stored fields; what it rebuilds must be a request that could exist. */
class ConsentRequestRestoreTest {

    private static ConsentRequest restore(ConsentRequest stored) {
        return ConsentRequest.restore(stored.reference(), stored.application(), stored.consentGrantor(),
                stored.leadTime(), stored.status(), stored.history(), POLICIES.texts());
    }

    @ParameterizedTest(name = "{0} {1} survives storage")
    @CsvSource(textBlock = """
            RECORDING,   SUBMITTED
            RECORDING,   GRANTED
            RECORDING,   DENIED
            RECORDING,   WITHDRAWN
            RECORDING,   EXPIRED
            RECORDING,   LATE
            PUBLICATION, SUBMITTED
            PUBLICATION, GRANTED
            PUBLICATION, DENIED
            PUBLICATION, WITHDRAWN
            """)
    void aRestoredRequestEqualsTheStoredOneAndExplainsItselfTheSame(ConsentKind kind, ConsentStatus status) {
        ConsentRequest stored = requestIn(kind, status);

        ConsentRequest restored = restore(stored);

        assertEquals(stored, restored);
        assertEquals(stored.hashCode(), restored.hashCode());
        assertEquals(stored.explanation(), restored.explanation());
    }

    @Test
    void aRestoredOpenRequestMovesOnLikeTheOriginal() {
        ConsentRequest stored = openRecording();

        assertEquals(stored.decide(GrantorDecision.GRANTED, Optional.empty(), CONVERSATION, DECIDED_AT),
                restore(stored).decide(GrantorDecision.GRANTED, Optional.empty(), CONVERSATION, DECIDED_AT));
    }

    // ------------------------------------------------------------------------------- corrupted rows

    /** The fields of a restore call, to vary one at a time. */
    private record Row(String reference, ConsentApplication application, ConsentGrantor grantor,
                       Optional<LeadTime> leadTime, ConsentStatus status, List<StatusChange> history) {

        static Row of(ConsentRequest request) {
            return new Row(request.reference(), request.application(), request.consentGrantor(), request.leadTime(),
                    request.status(), request.history());
        }

        Row withReference(String value) {
            return new Row(value, application, grantor, leadTime, status, history);
        }

        Row withApplication(ConsentApplication value) {
            return new Row(reference, value, grantor, leadTime, status, history);
        }

        Row withLeadTime(Optional<LeadTime> value) {
            return new Row(reference, application, grantor, value, status, history);
        }

        Row withStatus(ConsentStatus value) {
            return new Row(reference, application, grantor, leadTime, value, history);
        }

        Row withHistory(StatusChange... value) {
            return new Row(reference, application, grantor, leadTime, status, List.of(value));
        }
    }

    private static StatusChange change(ConsentStatus from, ConsentStatus to, Actor actor) {
        return new StatusChange(from, to, DECIDED_AT, actor, Optional.empty());
    }

    private static final StatusChange SUBMISSION = change(null, ConsentStatus.SUBMITTED, Actor.REQUESTER);

    private static ConsentApplication recordingOf(Authority authority, Medium medium, Optional<Usage> usage,
                                                  LocalDate conversation) {
        return new ConsentApplication(ConsentKind.RECORDING, authority, medium, usage, conversation, Channel.PHONE,
                "ZAAK-1", DEADLINE);
    }

    private static Arguments refused(String description, String because, Row row) {
        return Arguments.of(Named.of(description, row), because);
    }

    static Stream<Arguments> corruptedRows() {
        Row recording = Row.of(openRecording());
        Row publication = Row.of(openPublication());
        LeadTime otherConversation = LeadTime.compute(WorkingDayCalendar.standard(), 5, CONVERSATION.plusDays(7), DEADLINE);
        return Stream.of(
                refused("a guessable reference", "reference", recording.withReference("CR-1")),
                refused("a status the history does not end at", "contradicts the history",
                        recording.withStatus(ConsentStatus.GRANTED)),
                refused("an empty history", "starts with the submission", recording.withHistory()),
                refused("a history that does not start with a submission", "must start with null",
                        recording.withStatus(ConsentStatus.GRANTED)
                                .withHistory(change(ConsentStatus.SUBMITTED, ConsentStatus.GRANTED, Actor.GRANTOR))),
                refused("a submission by someone other than the requester", "must start with null",
                        recording.withHistory(change(null, ConsentStatus.SUBMITTED, Actor.SYSTEM))),
                refused("an on-time request stored as LATE", "null -> SUBMITTED",
                        recording.withStatus(ConsentStatus.LATE).withHistory(change(null, ConsentStatus.LATE, Actor.REQUESTER))),
                refused("a late request stored as SUBMITTED", "null -> LATE",
                        Row.of(requestIn(ConsentKind.RECORDING, ConsentStatus.LATE))
                                .withStatus(ConsentStatus.SUBMITTED).withHistory(SUBMISSION)),
                refused("a grant by the requester", "not by the GRANTOR",
                        recording.withStatus(ConsentStatus.GRANTED)
                                .withHistory(SUBMISSION, change(ConsentStatus.SUBMITTED, ConsentStatus.GRANTED, Actor.REQUESTER))),
                refused("a withdrawal by the grantor", "not by the REQUESTER",
                        recording.withStatus(ConsentStatus.WITHDRAWN)
                                .withHistory(SUBMISSION, change(ConsentStatus.SUBMITTED, ConsentStatus.WITHDRAWN, Actor.GRANTOR))),
                refused("an expiry by the grantor", "not by the SYSTEM",
                        recording.withStatus(ConsentStatus.EXPIRED)
                                .withHistory(SUBMISSION, change(ConsentStatus.SUBMITTED, ConsentStatus.EXPIRED, Actor.GRANTOR))),
                refused("a step out of a final status", "leaves the final status GRANTED",
                        recording.withStatus(ConsentStatus.DENIED).withHistory(SUBMISSION,
                                change(ConsentStatus.SUBMITTED, ConsentStatus.GRANTED, Actor.GRANTOR),
                                change(ConsentStatus.GRANTED, ConsentStatus.DENIED, Actor.GRANTOR))),
                refused("a step that does not start where the previous ended", "starts at WITHDRAWN",
                        recording.withStatus(ConsentStatus.GRANTED).withHistory(SUBMISSION,
                                change(ConsentStatus.WITHDRAWN, ConsentStatus.GRANTED, Actor.GRANTOR))),
                refused("a second submission", "starts at GRANTED",
                        recording.withStatus(ConsentStatus.SUBMITTED).withHistory(SUBMISSION,
                                change(ConsentStatus.GRANTED, ConsentStatus.SUBMITTED, Actor.REQUESTER))),
                refused("a step into LATE after submission", "which only a submission can",
                        recording.withStatus(ConsentStatus.LATE).withHistory(SUBMISSION,
                                change(ConsentStatus.SUBMITTED, ConsentStatus.LATE, Actor.SYSTEM))),
                refused("an expired publication request", "only a recording request expires",
                        publication.withStatus(ConsentStatus.EXPIRED).withHistory(SUBMISSION,
                                change(ConsentStatus.SUBMITTED, ConsentStatus.EXPIRED, Actor.SYSTEM))),
                refused("a recording request without lead time", "has a lead time", recording.withLeadTime(Optional.empty())),
                refused("a recording request with the lead time of another conversation", "another conversation",
                        recording.withLeadTime(Optional.of(otherConversation))),
                refused("a recording request with a usage", "names no usage", recording.withApplication(
                        recordingOf(Authority.UWV, Medium.VIDEO, Optional.of(Usage.PUBLISH), CONVERSATION))),
                refused("a publication request with a lead time", "has no lead time",
                        publication.withLeadTime(recording.leadTime())),
                refused("a publication request without usage", "names a usage", publication.withApplication(new ConsentApplication(
                        ConsentKind.PUBLICATION, Authority.UWV, Medium.VIDEO, Optional.empty(), CONVERSATION,
                        Channel.CHAT, "ZAAK-1", CONVERSATION))));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @MethodSource("corruptedRows")
    void aRowThatContradictsTheLifecycleIsRefused(Row row, String because) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConsentRequest.restore(row.reference(), row.application(), row.grantor(), row.leadTime(),
                        row.status(), row.history(), POLICIES.texts()));

        assertTrue(refused.getMessage().contains(because), refused.getMessage());
    }

    @Test
    void historyTimestampsMayComeFromSlightlySkewedClocks() {
        Row row = Row.of(openRecording()).withStatus(ConsentStatus.GRANTED).withHistory(
                new StatusChange(null, ConsentStatus.SUBMITTED, SUBMITTED_AT, Actor.REQUESTER, Optional.empty()),
                new StatusChange(ConsentStatus.SUBMITTED, ConsentStatus.GRANTED, SUBMITTED_AT.minusSeconds(1),
                        Actor.GRANTOR, Optional.empty()));

        assertEquals(ConsentStatus.GRANTED, ConsentRequest.restore(row.reference(), row.application(), row.grantor(),
                row.leadTime(), row.status(), row.history(), POLICIES.texts()).status());
    }
}
