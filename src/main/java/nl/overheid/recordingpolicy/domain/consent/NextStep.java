package nl.overheid.recordingpolicy.domain.consent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.DateText;
import nl.overheid.recordingpolicy.domain.policy.Medium;
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
        ConsentStatus status = request.effectiveStatus(today);
        Optional<RecordingConsentTerms.Contact> promised = request.kind() == ConsentKind.RECORDING
                ? policies.of(request.authority()).recordingConsent(request.medium()).flatMap(RecordingConsentTerms::contact)
                : Optional.empty();
        Optional<ConsentContact> last = contacts.isEmpty() ? Optional.empty()
                : Optional.of(contacts.get(contacts.size() - 1));
        List<Rule> cited = promised.map(contact -> List.of(contact.rule()))
                .orElseGet(() -> ConsentRules.governing(request, policies));
        Optional<BilingualText> contacted = last.map(contact -> contacted(request, contact, zone));
        if (status.isOpen()) {
            BilingualText awaiting = new BilingualText(
                    "Volgende stap: " + grantorNl(request.consentGrantor()) + " beslist over uw aanvraag.",
                    "Next step: " + grantorEn(request.consentGrantor()) + " decides on your request.");
            if (contacted.isPresent()) {
                return new NextStep(contacted.get().then(awaiting), cited);
            }
            return new NextStep(promised.map(RecordingConsentTerms.Contact::nextStep).orElse(awaiting), cited);
        }
        BilingualText closed = switch (status) {
            case GRANTED -> new BilingualText("Er is geen volgende stap: de toestemming is gegeven.",
                    "There is no next step: consent has been given.");
            default -> new BilingualText("Er is geen volgende stap: over deze aanvraag wordt niet meer beslist.",
                    "There is no next step: no further decision will be taken on this request.");
        };
        return new NextStep(contacted.map(text -> text.then(closed)).orElse(closed), cited);
    }

    private static BilingualText contacted(ConsentRequest request, ConsentContact contact, ZoneId zone) {
        LocalDate on = contact.contactedAt().atZone(zone).toLocalDate();
        boolean municipality = request.authority().isMunicipality();
        BilingualText text = new BilingualText(
                (municipality ? "De gemeente" : request.authority().code()) + " heeft op " + DateText.nl(on)
                        + " contact met u opgenomen.",
                (municipality ? "The municipality" : request.authority().code()) + " contacted you on "
                        + DateText.en(on) + ".");
        return contact.alternative().map(alternative -> text.then(new BilingualText(
                        "Voorgesteld alternatief: " + alternative(alternative, true) + ".",
                        "Proposed alternative: " + alternative(alternative, false) + ".")))
                .orElse(text);
    }

    private static String alternative(ConsentContact.Alternative alternative, boolean dutch) {
        String medium = alternative.medium().map(m -> dutch ? mediumNl(m) : mediumEn(m)).orElse("");
        // The description is the grantor's own words, quoted as is in both languages.
        String described = alternative.description().map(text -> medium.isEmpty() ? text : " (" + text + ")").orElse("");
        return medium + described;
    }

    private static String mediumNl(Medium medium) {
        return switch (medium) {
            case AUDIO -> "een geluidsopname";
            case VIDEO -> "een video-opname";
            case PHOTO -> "foto's";
        };
    }

    private static String mediumEn(Medium medium) {
        return switch (medium) {
            case AUDIO -> "an audio recording";
            case VIDEO -> "a video recording";
            case PHOTO -> "photographs";
        };
    }

    private static String grantorNl(ConsentGrantor grantor) {
        return grantor == ConsentGrantor.UWV ? "UWV" : "de medewerker";
    }

    private static String grantorEn(ConsentGrantor grantor) {
        return grantor == ConsentGrantor.UWV ? "UWV" : "the employee";
    }
}
