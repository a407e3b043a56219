package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

/** Answers "may the recording be used this way?" for UWV and for a municipality. */
public final class UsagePolicy {

    private final PolicyVersion version;

    UsagePolicy(PolicyVersion version) {
        this.version = Objects.requireNonNull(version, "version");
    }

    public Decision evaluate(UsageQuestion question) {
        DecisionBuilder decision = new DecisionBuilder(version);
        Outcome outcome = question.authority() == Authority.UWV
                ? uwv(question.usage(), decision)
                : municipality(question.usage(), decision);
        return decision.decide(outcome);
    }

    // ------------------------------------------------------------------------------------------------ UWV

    private static Outcome uwv(Usage usage, DecisionBuilder decision) {
        switch (usage) {
            case PRIVATE_LISTENING -> {
                decision.obligation(ObligationCode.PRIVATE_USE_ONLY, UwvRules.PRIVATE_USE_ONLY)
                        .explain(new BilingualText(
                                "Zelf terugluisteren of terugkijken is privégebruik en mag.",
                                "Listening to or watching the recording yourself is private use and is allowed."));
                return Outcome.PERMITTED;
            }
            case SHARE_PRIVATE_CIRCLE, SHARE_WITH_ADVISER -> {
                decision.rules(UwvRules.SHARE_SMALL_CIRCLE)
                        .obligation(ObligationCode.PRIVATE_USE_ONLY, UwvRules.PRIVATE_USE_ONLY)
                        .explain(usage == Usage.SHARE_WITH_ADVISER
                                ? new BilingualText(
                                        "U mag de opname delen in een kleine kring; een adviseur die u raadpleegt (advocaat, "
                                                + "jurist) hoort daarbij.",
                                        "You may share the recording within a small circle; an adviser you consult (lawyer, "
                                                + "legal adviser) belongs to it.")
                                : new BilingualText(
                                        "U mag de opname delen in een kleine kring.",
                                        "You may share the recording within a small circle."))
                        .explain(new BilingualText(
                                "De opname blijft alleen voor privégebruik.",
                                "The recording remains for private use only."));
                return Outcome.PERMITTED;
            }
            default -> {
                decision.rules(UwvRules.PUBLISH_CONSENT)
                        .consentFrom(ConsentGrantor.UWV)
                        .consequence(ConsequenceCode.REMOVAL_REQUEST, UwvRules.REMOVAL_REQUEST)
                        .consequence(ConsequenceCode.LEGAL_ACTION, UwvRules.LEGAL_ACTION)
                        .explain(uwvPublicationText(usage))
                        .explain(new BilingualText(
                                "Dat mag alleen met toestemming van UWV. Zonder die toestemming vraagt UWV u de opname te "
                                        + "verwijderen, en voldoet u daar niet aan, dan kan UWV juridische stappen zetten.",
                                "That is allowed only with UWV's consent. Without it, UWV will ask you to remove the "
                                        + "recording, and if you do not, UWV may take legal action."));
                return Outcome.CONSENT_REQUIRED;
            }
        }
    }

    private static BilingualText uwvPublicationText(Usage usage) {
        return switch (usage) {
            case SHARE_WITH_THIRD_PARTIES -> new BilingualText(
                    "De opname delen met anderen buiten een kleine kring is geen privégebruik meer.",
                    "Sharing the recording with others beyond a small circle is no longer private use.");
            case PUBLISH -> new BilingualText(
                    "Dit is openbaar maken (bijvoorbeeld op internet, sociale media of via WhatsApp).",
                    "This is making the recording public (for instance on the internet, social media or via WhatsApp).");
            case EDIT_AND_PUBLISH_FRAGMENTS -> new BilingualText(
                    "Bewerkte fragmenten publiceren is openbaar maken.",
                    "Publishing edited fragments is making the recording public.");
            case NAME_EMPLOYEE_ONLINE -> new BilingualText(
                    "De medewerker bij de opname online noemen is openbaar maken.",
                    "Naming the employee online with the recording is making it public.");
            default -> throw new IllegalArgumentException("not a publication: " + usage);
        };
    }

    // ----------------------------------------------------------------------------------------- municipality

    private static Outcome municipality(Usage usage, DecisionBuilder decision) {
        switch (usage) {
            case PRIVATE_LISTENING, SHARE_WITH_ADVISER -> {
                decision.rules(MunicipalityRules.RECORDING_ALLOWED)
                        .obligation(ObligationCode.NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT,
                                MunicipalityRules.NO_THIRD_PARTY_SHARING)
                        .explain(usage == Usage.PRIVATE_LISTENING
                                ? new BilingualText("Thuis terugluisteren of terugkijken mag.",
                                        "Listening to or watching the recording again at home is allowed.")
                                : new BilingualText("Een deskundige (advocaat, jurist) naar de opname laten luisteren mag.",
                                        "Letting an expert (lawyer, legal adviser) listen to the recording is allowed."))
                        .explain(withoutConsentNotToOthers());
                return Outcome.PERMITTED;
            }
            case SHARE_PRIVATE_CIRCLE -> {
                decision.rules(MunicipalityRules.PRIVATE_CIRCLE)
                        .obligation(ObligationCode.NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT,
                                MunicipalityRules.NO_THIRD_PARTY_SHARING)
                        .explain(new BilingualText("U mag de opname in privékring laten beluisteren.",
                                "You may let your private circle listen to the recording."))
                        .explain(withoutConsentNotToOthers());
                return Outcome.PERMITTED;
            }
            case SHARE_WITH_THIRD_PARTIES -> {
                decision.rules(MunicipalityRules.NO_THIRD_PARTY_SHARING)
                        .consentFrom(ConsentGrantor.EMPLOYEE)
                        .consequence(ConsequenceCode.DAMAGES_RECOVERY, MunicipalityRules.DAMAGES)
                        .explain(new BilingualText(
                                "De opname aan derden geven die niet aan het gesprek deelnamen, mag alleen met toestemming "
                                        + "van de medewerker.",
                                "Giving the recording to third parties who did not take part in the conversation is allowed "
                                        + "only with the employee's consent."))
                        .explain(damages());
                return Outcome.CONSENT_REQUIRED;
            }
            case PUBLISH -> {
                decision.rules(MunicipalityRules.NO_THIRD_PARTY_SHARING)
                        .consentFrom(ConsentGrantor.EMPLOYEE)
                        .municipalOnlineConduct()
                        .explain(new BilingualText(
                                "De opname openbaar maken, bijvoorbeeld via sociale media, mag alleen met toestemming van de "
                                        + "medewerker. Ook dan mag u medewerkers niet met naam noemen, geen beledigingen of "
                                        + "bedreigingen verspreiden en de opname niet misleidend knippen.",
                                "Making the recording public, for instance on social media, is allowed only with the "
                                        + "employee's consent. Even then you may not name employees, spread insults or threats, "
                                        + "or cut the recording misleadingly."))
                        .explain(damages())
                        .explain(verbalViolence());
                return Outcome.CONSENT_REQUIRED;
            }
            case EDIT_AND_PUBLISH_FRAGMENTS -> {
                decision.rules(MunicipalityRules.NO_MISLEADING_EDITS)
                        .consequence(ConsequenceCode.DAMAGES_RECOVERY, MunicipalityRules.DAMAGES)
                        .consequence(ConsequenceCode.SERVICE_CONSEQUENCES, MunicipalityRules.VERBAL_VIOLENCE)
                        .explain(new BilingualText(
                                "Knippen en plakken in de opname en fragmenten uit hun verband op internet zetten is verboden, "
                                        + "ook met toestemming van de medewerker.",
                                "Cutting and pasting the recording and putting fragments out of context on the internet is "
                                        + "forbidden, even with the employee's consent."))
                        .explain(damages())
                        .explain(verbalViolence());
                return Outcome.NOT_PERMITTED;
            }
            case NAME_EMPLOYEE_ONLINE -> {
                decision.rules(MunicipalityRules.NO_NAMING_EMPLOYEES)
                        .consequence(ConsequenceCode.DAMAGES_RECOVERY, MunicipalityRules.DAMAGES)
                        .consequence(ConsequenceCode.SERVICE_CONSEQUENCES, MunicipalityRules.VERBAL_VIOLENCE)
                        .explain(new BilingualText(
                                "Gemeentelijke medewerkers met naam en toenaam noemen op internet is niet toegestaan.",
                                "Naming municipal employees on the internet is not allowed."))
                        .explain(damages())
                        .explain(verbalViolence());
                return Outcome.NOT_PERMITTED;
            }
            default -> throw new IllegalArgumentException("unknown usage: " + usage);
        }
    }

    private static BilingualText withoutConsentNotToOthers() {
        return new BilingualText(
                "Zonder toestemming van de medewerker geeft u de opname niet aan derden en maakt u haar niet openbaar.",
                "Without the employee's consent you do not give the recording to third parties or make it public.");
    }

    private static BilingualText damages() {
        return new BilingualText(
                "Handelt u in strijd met de spelregels, dan kan de gemeente de schade op u verhalen.",
                "If you act against the rules, the municipality may recover the damage from you.");
    }

    private static BilingualText verbalViolence() {
        return new BilingualText(
                "Verbaal geweld op internet tegen medewerkers of de gemeente kan gevolgen hebben voor de dienstverlening, "
                        + "uw bijstandsuitkering en toeslagen.",
                "Verbal violence on the internet against employees or the municipality can affect services, your social "
                        + "assistance benefit and allowances.");
    }
}
