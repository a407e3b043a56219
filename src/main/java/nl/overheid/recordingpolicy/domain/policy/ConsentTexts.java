package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;

/** What a named consent request means for a recording or usage decision, in words. */
final class ConsentTexts {

    private ConsentTexts() {
    }

    static BilingualText standing(RecordingConsent consent) {
        String ref = consent.reference();
        return switch (consent.standing()) {
            case GRANTED -> new BilingualText(
                    "De medewerker heeft toestemming gegeven (aanvraag " + ref + ").",
                    "The employee has given consent (request " + ref + ").");
            case DENIED -> new BilingualText(
                    "De medewerker heeft geen toestemming gegeven (aanvraag " + ref + ").",
                    "The employee has refused consent (request " + ref + ").");
            case PENDING -> new BilingualText(
                    "De aanvraag " + ref + " is op tijd gedaan en wacht op het besluit van de medewerker.",
                    "Request " + ref + " was made in time and awaits the employee's decision.");
            case LATE -> new BilingualText(
                    "De aanvraag " + ref + " is na de uiterste datum gedaan en wacht op het besluit van de medewerker; "
                            + "het is niet gegarandeerd dat zij voor het gesprek wordt behandeld.",
                    "Request " + ref + " was made after the deadline and awaits the employee's decision; handling it "
                            + "before the conversation is not guaranteed.");
            case LAPSED -> new BilingualText(
                    "De aanvraag " + ref + " is ingetrokken of verlopen (" + consent.status() + ") en geldt niet meer.",
                    "Request " + ref + " was withdrawn or has expired (" + consent.status() + ") and no longer counts.");
        };
    }

    static BilingualText recordingConsentToName() {
        return new BilingualText(
                "Deze opname mocht alleen met toestemming van de medewerker worden gemaakt; noem de aanvraag voor die"
                        + " toestemming (recordingConsentRequestReference) om te horen of u haar zo mag gebruiken.",
                "This recording could only be made with the employee's consent; name the request for that consent"
                        + " (recordingConsentRequestReference) to learn whether you may use it this way.");
    }

    static BilingualText otherRecording(RecordingConsent consent, List<String> differences) {
        String ref = consent.reference();
        String what = String.join("; ", differences);
        return new BilingualText(
                "De aanvraag " + ref + " is voor een andere opname (" + what + ") en geeft voor deze opname geen toestemming.",
                "Request " + ref + " is for another recording (" + what + ") and gives no consent for this one.");
    }

    static BilingualText otherUse(PublicationConsent consent, List<String> differences) {
        String ref = consent.reference();
        String what = String.join("; ", differences);
        return new BilingualText(
                "De aanvraag " + ref + " is voor een ander gebruik (" + what + ") en geeft voor dit gebruik geen toestemming.",
                "Request " + ref + " is for another use (" + what + ") and gives no consent for this one.");
    }

    static BilingualText useStanding(PublicationConsent consent) {
        String ref = consent.reference();
        return switch (consent.standing()) {
            case GRANTED -> new BilingualText(
                    "Voor dit gebruik is toestemming gegeven (aanvraag " + ref + ").",
                    "Consent has been given for this use (request " + ref + ").");
            case DENIED -> new BilingualText(
                    "Toestemming voor dit gebruik is geweigerd (aanvraag " + ref + ").",
                    "Consent for this use has been refused (request " + ref + ").");
            case PENDING, LATE -> new BilingualText(
                    "Over de aanvraag " + ref + " is nog niet beslist; tot die toestemming er is, mag dit niet.",
                    "Request " + ref + " has not been decided yet; until consent is given, this is not allowed.");
            case LAPSED -> new BilingualText(
                    "De aanvraag " + ref + " is ingetrokken of verlopen (" + consent.status() + ") en geldt niet meer.",
                    "Request " + ref + " was withdrawn or has expired (" + consent.status() + ") and no longer counts.");
        };
    }
}
