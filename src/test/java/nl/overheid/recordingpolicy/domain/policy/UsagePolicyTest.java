package nl.overheid.recordingpolicy.domain.policy;

import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.POLICIES;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.consequences;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.items;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.obligations;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "May I use my recording this way?" Each row of the usage table holds for audio, video and photo alike, once the
 * recording itself was lawfully made: the table tests name the granted consent to record where recording the
 * medium needed one (an image recording at UWV). What that consent, and a consent for the use, change is tested in
 * {@link UsageConsentTest}.
 */
class UsagePolicyTest {

    /** The question about a lawfully made recording. */
    private static Decision evaluate(Authority authority, Medium medium, Usage usage) {
        Optional<RecordingConsent> recorded = POLICIES.of(authority).recordingConsent(medium).isPresent()
                ? Optional.of(UsageConsentTest.recordingConsent(authority, medium, RecordingConsent.Standing.GRANTED))
                : Optional.empty();
        return POLICIES.usage().evaluate(new UsageQuestion(authority, medium, usage, Optional.empty(), recorded, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3} (rule {4})")
    @CsvSource(textBlock = """
            # authority,  usage,                      outcome,          consent from, rule the answer rests on
            UWV,          PRIVATE_LISTENING,          PERMITTED,        ,             UWV-PRIVATE-USE-ONLY
            UWV,          SHARE_PRIVATE_CIRCLE,       PERMITTED,        ,             UWV-SHARE-SMALL-CIRCLE
            # an adviser one consults belongs to the small circle
            UWV,          SHARE_WITH_ADVISER,         PERMITTED,        ,             UWV-SHARE-SMALL-CIRCLE
            # those who took part have heard it: still the small circle
            UWV,          SHARE_WITH_PARTICIPANTS,    PERMITTED,        ,             UWV-SHARE-SMALL-CIRCLE
            # everything beyond the small circle is making it public: only with UWV's consent
            UWV,          SHARE_WITH_THIRD_PARTIES,   CONSENT_REQUIRED, UWV,          UWV-PUBLISH-CONSENT
            UWV,          PUBLISH,                    CONSENT_REQUIRED, UWV,          UWV-PUBLISH-CONSENT
            UWV,          EDIT_AND_PUBLISH_FRAGMENTS, CONSENT_REQUIRED, UWV,          UWV-PUBLISH-CONSENT
            UWV,          NAME_EMPLOYEE_ONLINE,       CONSENT_REQUIRED, UWV,          UWV-PUBLISH-CONSENT
            # listening at home and letting an expert listen are named in the introduction
            MUNICIPALITY, PRIVATE_LISTENING,          PERMITTED,        ,             GEM-RECORDING-ALLOWED
            MUNICIPALITY, SHARE_PRIVATE_CIRCLE,       PERMITTED,        ,             GEM-PRIVATE-CIRCLE
            MUNICIPALITY, SHARE_WITH_ADVISER,         PERMITTED,        ,             GEM-RECORDING-ALLOWED
            # art. 3: third parties are those "die niet hebben deelgenomen aan dat gesprek"
            MUNICIPALITY, SHARE_WITH_PARTICIPANTS,    PERMITTED,        ,             GEM-NO-THIRD-PARTY-SHARING
            # art. 3: not to third parties nor public without the employee's consent
            MUNICIPALITY, SHARE_WITH_THIRD_PARTIES,   CONSENT_REQUIRED, EMPLOYEE,     GEM-NO-THIRD-PARTY-SHARING
            MUNICIPALITY, PUBLISH,                    CONSENT_REQUIRED, EMPLOYEE,     GEM-NO-THIRD-PARTY-SHARING
            # art. 6 forbids misleading cut-and-paste, not publishing edited fragments: that is publishing (art. 3)
            MUNICIPALITY, EDIT_AND_PUBLISH_FRAGMENTS, CONSENT_REQUIRED, EMPLOYEE,     GEM-NO-MISLEADING-EDITS
            # art. 4: "Wij willen niet" is a wish, not a ban
            MUNICIPALITY, NAME_EMPLOYEE_ONLINE,       NOT_WANTED,       ,             GEM-NO-NAMING-EMPLOYEES
            """)
    void usageIsAnsweredAsThePublishedRulesSay(Authority authority, Usage usage, Outcome outcome,
                                               ConsentGrantor grantor, String ruleId) {
        assertAll(Arrays.stream(Medium.values()).map(medium -> (Executable) () -> {
            Decision decision = evaluate(authority, medium, usage);
            assertEquals(outcome, decision.outcome(), medium::name);
            assertEquals(Optional.ofNullable(grantor), decision.consentGrantor(), medium::name);
            assertTrue(decision.ruleIds().contains(ruleId), () -> medium + " cites " + ruleId + ": " + decision.ruleIds());
            assertEquals(Optional.empty(), decision.leadTime(), medium::name);
        }));
    }

    @ParameterizedTest(name = "{0} {1}: consequences [{2}]")
    @CsvSource(textBlock = """
            # authority,  usage,                      consequences (CODE=rule) of doing it against the rules
            UWV,          PRIVATE_LISTENING,          ''
            UWV,          SHARE_PRIVATE_CIRCLE,       ''
            UWV,          SHARE_WITH_ADVISER,         ''
            UWV,          SHARE_WITH_PARTICIPANTS,    ''
            UWV,          SHARE_WITH_THIRD_PARTIES,   REMOVAL_REQUEST=UWV-REMOVAL-REQUEST LEGAL_ACTION=UWV-LEGAL-ACTION
            UWV,          PUBLISH,                    REMOVAL_REQUEST=UWV-REMOVAL-REQUEST LEGAL_ACTION=UWV-LEGAL-ACTION
            UWV,          EDIT_AND_PUBLISH_FRAGMENTS, REMOVAL_REQUEST=UWV-REMOVAL-REQUEST LEGAL_ACTION=UWV-LEGAL-ACTION
            UWV,          NAME_EMPLOYEE_ONLINE,       REMOVAL_REQUEST=UWV-REMOVAL-REQUEST LEGAL_ACTION=UWV-LEGAL-ACTION
            MUNICIPALITY, PRIVATE_LISTENING,          ''
            MUNICIPALITY, SHARE_PRIVATE_CIRCLE,       ''
            MUNICIPALITY, SHARE_WITH_ADVISER,         ''
            MUNICIPALITY, SHARE_WITH_PARTICIPANTS,    ''
            # art. 7 for any breach; art. 5 (verbal violence online) only where the recording goes on the internet;
            # the introduction (harm, criminal offence, liability) wherever the recording is shared or edited
            MUNICIPALITY, SHARE_WITH_THIRD_PARTIES,   DAMAGES_RECOVERY=GEM-DAMAGES CRIMINAL_OFFENCE=GEM-HARM LIABILITY_FOR_DAMAGE=GEM-LIABILITY
            MUNICIPALITY, PUBLISH,                    DAMAGES_RECOVERY=GEM-DAMAGES SERVICE_CONSEQUENCES=GEM-VERBAL-VIOLENCE CRIMINAL_OFFENCE=GEM-HARM LIABILITY_FOR_DAMAGE=GEM-LIABILITY
            MUNICIPALITY, EDIT_AND_PUBLISH_FRAGMENTS, DAMAGES_RECOVERY=GEM-DAMAGES SERVICE_CONSEQUENCES=GEM-VERBAL-VIOLENCE CRIMINAL_OFFENCE=GEM-HARM LIABILITY_FOR_DAMAGE=GEM-LIABILITY
            MUNICIPALITY, NAME_EMPLOYEE_ONLINE,       DAMAGES_RECOVERY=GEM-DAMAGES SERVICE_CONSEQUENCES=GEM-VERBAL-VIOLENCE CRIMINAL_OFFENCE=GEM-HARM LIABILITY_FOR_DAMAGE=GEM-LIABILITY
            """)
    void usageBeyondPrivateUseCarriesTheStatedConsequences(Authority authority, Usage usage, String expected) {
        assertAll(Arrays.stream(Medium.values()).map(medium -> (Executable) () ->
                assertEquals(items(expected), consequences(evaluate(authority, medium, usage)), medium::name)));
    }

    @ParameterizedTest(name = "{0} {1}: obligations [{2}]")
    @CsvSource(textBlock = """
            # authority,  usage,                      obligations (CODE=rule) that still apply
            UWV,          PRIVATE_LISTENING,          PRIVATE_USE_ONLY=UWV-PRIVATE-USE-ONLY
            UWV,          SHARE_PRIVATE_CIRCLE,       PRIVATE_USE_ONLY=UWV-PRIVATE-USE-ONLY
            UWV,          SHARE_WITH_ADVISER,         PRIVATE_USE_ONLY=UWV-PRIVATE-USE-ONLY
            UWV,          SHARE_WITH_PARTICIPANTS,    PRIVATE_USE_ONLY=UWV-PRIVATE-USE-ONLY
            UWV,          SHARE_WITH_THIRD_PARTIES,   ''
            UWV,          PUBLISH,                    ''
            UWV,          EDIT_AND_PUBLISH_FRAGMENTS, ''
            UWV,          NAME_EMPLOYEE_ONLINE,       ''
            MUNICIPALITY, PRIVATE_LISTENING,          NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT=GEM-NO-THIRD-PARTY-SHARING
            MUNICIPALITY, SHARE_PRIVATE_CIRCLE,       NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT=GEM-NO-THIRD-PARTY-SHARING
            MUNICIPALITY, SHARE_WITH_ADVISER,         NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT=GEM-NO-THIRD-PARTY-SHARING
            MUNICIPALITY, SHARE_WITH_PARTICIPANTS,    NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT=GEM-NO-THIRD-PARTY-SHARING
            MUNICIPALITY, SHARE_WITH_THIRD_PARTIES,   ''
            # published with consent, the rules of conduct online still hold
            MUNICIPALITY, PUBLISH,                    NO_NAMING_EMPLOYEES_ONLINE=GEM-NO-NAMING-EMPLOYEES NO_INSULTS_OR_THREATS=GEM-NO-INSULTS-THREATS NO_MISLEADING_EDITS=GEM-NO-MISLEADING-EDITS
            # art. 6: whatever is published, not misleadingly cut
            MUNICIPALITY, EDIT_AND_PUBLISH_FRAGMENTS, NO_MISLEADING_EDITS=GEM-NO-MISLEADING-EDITS
            # art. 4: naming is not wanted; insults and threats are not allowed
            MUNICIPALITY, NAME_EMPLOYEE_ONLINE,       NO_INSULTS_OR_THREATS=GEM-NO-INSULTS-THREATS
            """)
    void usageCarriesTheObligationsThatStillApply(Authority authority, Usage usage, String expected) {
        assertAll(Arrays.stream(Medium.values()).map(medium -> (Executable) () ->
                assertEquals(items(expected), obligations(evaluate(authority, medium, usage)), medium::name)));
    }

    @ParameterizedTest(name = "{0}: the same answer for audio, video and photo lawfully made")
    @EnumSource(Usage.class)
    void answerForAUsageDoesNotDependOnTheMedium(Usage usage) {
        for (Authority authority : POLICIES.authorities()) {
            Decision audio = evaluate(authority, Medium.AUDIO, usage);
            for (Medium image : List.of(Medium.VIDEO, Medium.PHOTO)) {
                Decision decision = evaluate(authority, image, usage);
                assertEquals(audio.outcome(), decision.outcome(), () -> authority + " " + image + " vs AUDIO");
                assertEquals(audio.consentGrantor(), decision.consentGrantor(), () -> authority + " " + image);
                assertEquals(audio.obligations(), decision.obligations(), () -> authority + " " + image);
                assertEquals(audio.consequences(), decision.consequences(), () -> authority + " " + image);
            }
        }
    }

    @Test
    void sharingViaWhatsAppCountsAsPublishingAtUwv() {
        Decision decision = evaluate(Authority.UWV, Medium.AUDIO, Usage.PUBLISH);

        assertTrue(decision.explanation().nl().contains("WhatsApp"), decision.explanation().nl());
        assertTrue(decision.explanation().en().contains("WhatsApp"), decision.explanation().en());
        assertTrue(PolicyTestSupport.rule("UWV-REMOVAL-REQUEST").source().text().contains("via WhatsApp"),
                "the removal request is the rule that names WhatsApp");
        assertTrue(decision.rules().contains(PolicyTestSupport.rule("UWV-REMOVAL-REQUEST")));
    }

    // ----------------------------------------------------------------------------- where it is published

    private static Decision published(Authority authority, Usage usage, Platform platform) {
        return POLICIES.usage().evaluate(new UsageQuestion(authority, Medium.AUDIO, usage, Optional.of(platform),
                Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest(name = "{0} {1} on {2}: cites {3}, says \"{4}\"")
    @CsvSource(textBlock = """
            # authority,  usage,      platform,     rule that names the place, in the explanation (en)
            UWV,          PUBLISH,    MESSAGING,    UWV-REMOVAL-REQUEST,       WhatsApp or another messaging service
            UWV,          PUBLISH,    WEBSITE,      UWV-REMOVAL-REQUEST,       public website
            UWV,          PUBLISH,    SOCIAL_MEDIA, UWV-REMOVAL-REQUEST,       social media
            UWV,          PUBLISH,    PRESS,        UWV-PUBLISH-CONSENT,       does not name the press
            MUNICIPALITY, PUBLISH,    SOCIAL_MEDIA, GEM-NO-THIRD-PARTY-SHARING, Facebook
            MUNICIPALITY, PUBLISH,    MESSAGING,    GEM-NO-THIRD-PARTY-SHARING, giving the recording to third parties
            MUNICIPALITY, NAME_EMPLOYEE_ONLINE, WEBSITE, GEM-NO-THIRD-PARTY-SHARING, articles 4, 5 and 6
            """)
    void sayingWherePublishesCitesTheSentenceThatNamesThePlace(Authority authority, Usage usage, Platform platform,
                                                               String ruleId, String says) {
        Decision decision = published(authority, usage, platform);
        Decision anywhere = evaluate(authority, Medium.AUDIO, usage);

        assertEquals(anywhere.outcome(), decision.outcome(), "the place changes the words, not the outcome");
        assertTrue(decision.ruleIds().contains(ruleId), decision.ruleIds()::toString);
        assertTrue(decision.explanation().en().contains(says), decision.explanation().en());
    }

    @ParameterizedTest(name = "{0}: a use that publishes nothing has no platform")
    @EnumSource(value = Usage.class, names = {"PRIVATE_LISTENING", "SHARE_PRIVATE_CIRCLE", "SHARE_WITH_ADVISER",
            "SHARE_WITH_PARTICIPANTS", "SHARE_WITH_THIRD_PARTIES"})
    void aPlatformIsRefusedForAUseThatPublishesNothing(Usage usage) {
        for (Authority authority : POLICIES.authorities()) {
            assertThrows(PlatformNotApplicableException.class, () -> published(authority, usage, Platform.WEBSITE),
                    authority::code);
        }
    }
}
