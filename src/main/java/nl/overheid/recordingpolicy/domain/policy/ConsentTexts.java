package nl.overheid.recordingpolicy.domain.policy;

/** What a named consent request means for a recording decision, in words. */
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
}
