package nl.overheid.recordingpolicy.domain.consent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.DateText;
import nl.overheid.recordingpolicy.domain.policy.GatewayText;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.RecordingConsentTerms;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * What happens next with a request, for the citizen: derived from its effective status, the contacts recorded on it
 * and the rules loaded now, never stored.
 *
 * @param rules the rules the step follows from (for an open UWV request, the one that promises contact)
 */
public record NextStep(BilingualText text, List<Rule> rules) {

    public NextStep {
        Objects.requireNonNull(text, "text");
        rules = List.copyOf(rules);
    }

    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    /**
     * @param contacts the contacts recorded on the request, oldest first
     * @param zone     the time zone that makes the contact's date (the one that makes "today")
     */
    public static NextStep of(ConsentRequest request, List<ConsentContact> contacts, PolicySet policies,
                              LocalDate today, ZoneId zone) {
        GatewayTexts texts = policies.texts();
        ConsentStatus status = request.effectiveStatus(today);
        Optional<RecordingConsentTerms.Contact> promised = request.kind() == ConsentKind.RECORDING
                ? policies.of(request.authority()).recordingConsent(request.medium()).flatMap(RecordingConsentTerms::contact)
                : Optional.empty();
        Optional<ConsentContact> last = contacts.isEmpty() ? Optional.empty()
                : Optional.of(contacts.get(contacts.size() - 1));
        List<Rule> cited = promised.map(contact -> List.of(contact.rule()))
                .orElseGet(() -> ConsentRules.governing(request, policies));
        Optional<BilingualText> contacted = last.map(contact -> contacted(request, contact, zone, texts));
        if (status.isOpen()) {
            BilingualText awaiting = texts.fill(GatewayText.NEXT_STEP_DECISION,
                    Map.of("grantor", texts.name(request.consentGrantor())));
            if (contacted.isPresent()) {
                return new NextStep(contacted.get().then(awaiting), cited);
            }
            return new NextStep(promised.map(RecordingConsentTerms.Contact::nextStep).orElse(awaiting), cited);
        }
        BilingualText closed = texts.text(status == ConsentStatus.GRANTED
                ? GatewayText.NO_NEXT_STEP_GRANTED : GatewayText.NO_NEXT_STEP_CLOSED);
        return new NextStep(contacted.map(text -> text.then(closed)).orElse(closed), cited);
    }

    private static BilingualText contacted(ConsentRequest request, ConsentContact contact, ZoneId zone,
                                           GatewayTexts texts) {
        String code = request.authority().code();
        BilingualText who = request.authority().isMunicipality()
                ? texts.text(GatewayText.THE_MUNICIPALITY) : new BilingualText(code, code);
        BilingualText text = texts.fill(GatewayText.CONTACTED,
                Map.of("who", who, "date", DateText.of(contact.contactedAt().atZone(zone).toLocalDate())));
        return contact.alternative().map(alternative -> text.then(texts.fill(GatewayText.ALTERNATIVE_PROPOSED,
                        Map.of("alternative", alternative(alternative, texts)))))
                .orElse(text);
    }

    /** The medium proposed, the grantor's description after it in brackets; either may be all there is. */
    private static BilingualText alternative(ConsentContact.Alternative alternative, GatewayTexts texts) {
        BilingualText medium = alternative.medium().map(texts::name).orElse(new BilingualText("", ""));
        // The description is the grantor's own words, quoted as is in both languages.
        return new BilingualText(medium.nl() + described(alternative, medium.nl()),
                medium.en() + described(alternative, medium.en()));
    }

    private static String described(ConsentContact.Alternative alternative, String medium) {
        return alternative.description().map(text -> medium.isEmpty() ? text : " (" + text + ")").orElse("");
    }
}
