package nl.overheid.recordingpolicy.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for which consent requests have expired, as the store's query and effectiveStatus both read it. */
class ExpiryTest {

    private static final Expiry AS_OF_10_MARCH = new Expiry(LocalDate.of(2027, 3, 10));

    @ParameterizedTest(name = "{0} {1}, conversation {2}: expired {3}")
    @CsvSource(textBlock = """
            SUBMITTED, RECORDING,   2027-03-09, true
            LATE,      RECORDING,   2027-03-09, true
            # on the conversation day itself consent can still be given
            SUBMITTED, RECORDING,   2027-03-10, false
            SUBMITTED, RECORDING,   2027-03-11, false
            # decided or ended requests keep their status
            GRANTED,   RECORDING,   2027-03-09, false
            DENIED,    RECORDING,   2027-03-09, false
            WITHDRAWN, RECORDING,   2027-03-09, false
            EXPIRED,   RECORDING,   2027-03-09, false
            # consent to publish is not bound to the conversation's date
            SUBMITTED, PUBLICATION, 2027-03-09, false
            """)
    void appliesToOpenRecordingRequestsAfterTheirConversation(ConsentStatus status, ConsentKind kind,
                                                              LocalDate conversation, boolean expired) {
        assertEquals(expired, AS_OF_10_MARCH.applies(status, kind, conversation));
    }

    @Test
    void theStoresCriteriaAreTheSameRule() {
        assertEquals(List.of(ConsentStatus.SUBMITTED, ConsentStatus.LATE), AS_OF_10_MARCH.openStatuses());
        assertEquals(ConsentKind.RECORDING, AS_OF_10_MARCH.kind());
        assertEquals(LocalDate.of(2027, 3, 10), AS_OF_10_MARCH.conversationBefore());
    }
}
