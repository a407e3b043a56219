package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.POLICIES;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.SUBMITTED_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.publication;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Refusal;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * Asking consent to use a recording beyond private use. The rules about use do not depend on the medium, so every
 * row is checked for audio, video and photo.
 */
class SubmitPublicationTest {

    @ParameterizedTest(name = "{0} {1}: SUBMITTED, decided by {2}")
    @CsvSource(textBlock = """
            # authority,  usage,                      grantor, waits for
            UWV,          SHARE_WITH_THIRD_PARTIES,   UWV,     wacht op het besluit van UWV
            UWV,          PUBLISH,                    UWV,     wacht op het besluit van UWV
            UWV,          EDIT_AND_PUBLISH_FRAGMENTS, UWV,     wacht op het besluit van UWV
            UWV,          NAME_EMPLOYEE_ONLINE,       UWV,     wacht op het besluit van UWV
            MUNICIPALITY, PUBLISH,                    EMPLOYEE, wacht op het besluit van de medewerker
            MUNICIPALITY, SHARE_WITH_THIRD_PARTIES,   EMPLOYEE, wacht op het besluit van de medewerker
            """)
    void aPublicationRequestGoesToWhomeverTheUsageRulesName(Authority authority, Usage usage, ConsentGrantor grantor,
                                                            String waitsFor) {
        assertAll(Arrays.stream(Medium.values()).map(medium -> (Executable) () -> {
            ConsentRequest request = submit(publication(authority, medium, usage));

            assertEquals(ConsentStatus.SUBMITTED, request.status(), medium::name);
            assertEquals(grantor, request.consentGrantor(), medium::name);
            assertEquals(Optional.of(usage), request.usage(), medium::name);
            assertEquals(Optional.empty(), request.leadTime(), "publication has no lead time");
            assertEquals(Optional.empty(), request.deadline(), medium::name);
            assertEquals(1, request.history().size(), medium::name);
            assertNull(request.history().get(0).from(), medium::name);
            assertEquals(Actor.REQUESTER, request.history().get(0).actor(), medium::name);
            assertTrue(request.explanation().nl().contains(waitsFor), request.explanation().nl());
        }));
    }

    @Test
    void thePublicationGrantorIsTheOneTheUsagePolicyNames() {
        for (Authority authority : POLICIES.authorities()) {
            for (Usage usage : Usage.values()) {
                var decision = POLICIES.usage().evaluateUse(authority, Medium.VIDEO, usage);
                if (decision.consentGrantor().isPresent()) {
                    assertEquals(decision.consentGrantor().get(),
                            submit(publication(authority, Medium.VIDEO, usage)).consentGrantor(), authority + " " + usage);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}: not applicable on usage ({2})")
    @CsvSource(textBlock = """
            # authority,  usage,                      reason
            # private use needs no consent
            UWV,          PRIVATE_LISTENING,          NO_CONSENT_NEEDED_FOR_USE
            UWV,          SHARE_PRIVATE_CIRCLE,       NO_CONSENT_NEEDED_FOR_USE
            UWV,          SHARE_WITH_ADVISER,         NO_CONSENT_NEEDED_FOR_USE
            MUNICIPALITY, PRIVATE_LISTENING,          NO_CONSENT_NEEDED_FOR_USE
            MUNICIPALITY, SHARE_PRIVATE_CIRCLE,       NO_CONSENT_NEEDED_FOR_USE
            MUNICIPALITY, SHARE_WITH_ADVISER,         NO_CONSENT_NEEDED_FOR_USE
            # art. 4: not wanted at a municipality, which no consent changes
            MUNICIPALITY, NAME_EMPLOYEE_ONLINE,       NO_CONSENT_FOR_AN_UNWANTED_USE
            """)
    void aPublicationRequestIsRefusedWhenConsentIsNotWhatDecidesTheUsage(Authority authority, Usage usage,
                                                                         FieldReason reason) {
        assertAll(Arrays.stream(Medium.values()).map(medium -> (Executable) () -> {
            ConsentApplication application = publication(authority, medium, usage);

            ConsentNotApplicableException refused = assertThrows(ConsentNotApplicableException.class,
                    () -> ConsentRequest.submit(application, ConsentReferences.newReference(), POLICIES, SUBMITTED_AT));

            assertEquals("usage", refused.field(), medium::name);
            assertEquals(Refusal.of(reason, usage, authority), refused.refusal());
            String policyText = POLICIES.usage().evaluateUse(authority, medium, usage).explanation().nl();
            assertTrue(refused.explanation().nl().endsWith(policyText), "the citizen hears the rule: " + refused.explanation());
        }));
    }

    @Test
    void aPublicationRequestWithoutUsageIsRefusedOnUsage() {
        ConsentApplication application = new ConsentApplication(ConsentKind.PUBLICATION, Authority.UWV, Medium.VIDEO,
                Optional.empty(), CONVERSATION, Channel.CHAT, "ZAAK-1", CONVERSATION);

        ConsentNotApplicableException refused = assertThrows(ConsentNotApplicableException.class,
                () -> ConsentRequest.submit(application, ConsentReferences.newReference(), POLICIES, SUBMITTED_AT));

        assertEquals("usage", refused.field());
    }

    @ParameterizedTest(name = "conversation {0}, asked {1}: SUBMITTED")
    @CsvSource(textBlock = """
            # publication is usually asked after the conversation, but asking ahead is fine too
            2026-05-18, 2026-05-19
            2026-05-18, 2027-01-04
            2026-05-18, 2026-05-08
            """)
    void aPublicationRequestHasNoDeadline(LocalDate conversation, LocalDate asked) {
        ConsentApplication application = new ConsentApplication(ConsentKind.PUBLICATION, Authority.MUNICIPALITY,
                Medium.AUDIO, Optional.of(Usage.PUBLISH), conversation, Channel.COUNTER, "ZAAK-1", asked);

        assertEquals(ConsentStatus.SUBMITTED, submit(application).status());
    }
}
