package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.AFTER_CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DEADLINE;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.POLICIES;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.SUBMITTED_AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * A consent request comes in only through a channel the authority's policy file lists: UWV's rule names "een bericht
 * in Mijn UWV, een chat of telefonisch"; the municipality's text names none, and its file lists the counter, a letter
 * and the phone, never Mijn UWV.
 */
class ChannelPerAuthorityTest {

    private static ConsentApplication application(ConsentKind kind, String authority, Channel channel) {
        Authority named = authority.equals("UWV") ? Authority.UWV : Authority.MUNICIPALITY;
        return kind == ConsentKind.RECORDING
                ? new ConsentApplication(kind, named, Medium.VIDEO, Optional.empty(), CONVERSATION, channel, "ZAAK-1",
                        DEADLINE)
                : new ConsentApplication(kind, named, Medium.AUDIO, Optional.of(Usage.PUBLISH), CONVERSATION, channel,
                        "ZAAK-1", AFTER_CONVERSATION);
    }

    @ParameterizedTest(name = "{0} at {1} through {2}: accepted")
    @CsvSource(textBlock = """
            RECORDING,   UWV,          MIJN_UWV
            RECORDING,   UWV,          CHAT
            RECORDING,   UWV,          PHONE
            PUBLICATION, UWV,          MIJN_UWV
            PUBLICATION, UWV,          CHAT
            PUBLICATION, UWV,          PHONE
            PUBLICATION, MUNICIPALITY, COUNTER
            PUBLICATION, MUNICIPALITY, LETTER
            PUBLICATION, MUNICIPALITY, PHONE
            """)
    void aListedChannelIsAccepted(ConsentKind kind, String authority, Channel channel) {
        ConsentRequest request = ConsentRequest.submit(application(kind, authority, channel),
                ConsentReferences.newReference(), POLICIES, SUBMITTED_AT);

        assertEquals(ConsentStatus.SUBMITTED, request.status());
        assertEquals(channel, request.channel());
    }

    @ParameterizedTest(name = "{0} at {1} through {2}: refused on channel, naming {3}")
    @CsvSource(delimiter = '|', textBlock = """
            RECORDING   | UWV          | COUNTER  | MIJN_UWV, CHAT, PHONE
            RECORDING   | UWV          | LETTER   | MIJN_UWV, CHAT, PHONE
            PUBLICATION | UWV          | COUNTER  | MIJN_UWV, CHAT, PHONE
            PUBLICATION | UWV          | LETTER   | MIJN_UWV, CHAT, PHONE
            PUBLICATION | MUNICIPALITY | MIJN_UWV | COUNTER, LETTER, PHONE
            PUBLICATION | MUNICIPALITY | CHAT     | COUNTER, LETTER, PHONE
            """)
    void anUnlistedChannelIsRefusedOnTheChannelField(ConsentKind kind, String authority, Channel channel,
                                                     String listed) {
        ConsentNotApplicableException refused = assertThrows(ConsentNotApplicableException.class,
                () -> ConsentRequest.submit(application(kind, authority, channel), ConsentReferences.newReference(),
                        POLICIES, SUBMITTED_AT));

        assertEquals("channel", refused.field());
        assertEquals(List.of(listed, channel.toString()), refused.refusal().values().subList(2, 4), refused::toString);
        assertEquals(true, refused.explanation().nl().startsWith("Deze aanvraag kan via dit kanaal niet worden ingediend."),
                refused.explanation().nl());
        assertEquals(true, refused.explanation().en().startsWith("This request cannot be made through this channel."),
                refused.explanation().en());
    }

    @Test
    void theRefusalNamesTheListedChannelsInBothLanguages() {
        ConsentNotApplicableException refused = assertThrows(ConsentNotApplicableException.class,
                () -> ConsentRequest.submit(application(ConsentKind.RECORDING, "UWV", Channel.LETTER),
                        ConsentReferences.newReference(), POLICIES, SUBMITTED_AT));

        assertEquals("Deze aanvraag kan via dit kanaal niet worden ingediend. Dien haar in via: een bericht in Mijn UWV, "
                + "een chat, telefonisch.", refused.explanation().nl());
        assertEquals("This request cannot be made through this channel. Make it through: a message in Mijn UWV, a chat, "
                + "by phone.", refused.explanation().en());
    }

    @Test
    void aStoredRequestWithAChannelNoLongerListedStillReadsBack() {
        ConsentRequest submitted = ConsentRequest.submit(application(ConsentKind.RECORDING, "UWV", Channel.PHONE),
                ConsentReferences.newReference(), POLICIES, SUBMITTED_AT);
        ConsentApplication stored = new ConsentApplication(ConsentKind.RECORDING, Authority.UWV, Medium.VIDEO,
                Optional.empty(), CONVERSATION, Channel.COUNTER, "ZAAK-1", DEADLINE);

        ConsentRequest restored = ConsentRequest.restore(submitted.reference(), stored, submitted.consentGrantor(),
                submitted.leadTime(), submitted.status(), submitted.history(), POLICIES.texts());

        assertEquals(Channel.COUNTER, restored.channel());
        assertEquals(List.of(Channel.values()), List.of(Channel.MIJN_UWV, Channel.CHAT, Channel.PHONE, Channel.COUNTER,
                Channel.LETTER), "every channel stays readable");
    }
}
