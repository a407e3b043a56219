package nl.overheid.recordingpolicy.domain.consent;

import java.time.LocalDate;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.DateText;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The citizen-facing text for each status of a request. Derived from the request's own fields, never stored, so
 * a restored request explains itself exactly as it did when it was live.
 */
final class StatusExplanation {

    private StatusExplanation() {
    }

    /**
     * @param status the status to explain; the request's own status, or its effective status (a recording request
     *               still SUBMITTED after its conversation is explained as EXPIRED)
     */
    static BilingualText of(ConsentRequest request, ConsentStatus status) {
        // GRANTED, DENIED and WITHDRAWN, the statuses whose text quotes a reason, are always entered by the last step.
        Optional<String> reason = request.lastChange().reason();
        return switch (status) {
            case SUBMITTED -> submitted(request);
            case GRANTED -> granted(request, reason);
            case DENIED -> denied(request, reason);
            case WITHDRAWN -> withdrawn(request, reason);
            case EXPIRED -> expired(request);
            case LATE -> late(request, request.leadTime().orElseThrow(() ->
                    new IllegalStateException("only a recording request with a lead time can be late")));
        };
    }

    private static BilingualText submitted(ConsentRequest request) {
        BilingualText waiting = new BilingualText(
                "Uw aanvraag voor toestemming " + purpose(request).nl() + " is ontvangen en wacht op het besluit van "
                        + grantorNl(request.consentGrantor()) + ".",
                "Your request for consent " + purpose(request).en() + " has been received and awaits the decision of "
                        + grantorEn(request.consentGrantor()) + ".");
        return request.leadTime().map(timing -> waiting.then(new BilingualText(
                        "U heeft op tijd gevraagd: de uiterste datum was " + DateText.nl(timing.deadline())
                                + ". Zonder toestemming mag u het gesprek niet met beeld opnemen.",
                        "You asked in time: the deadline was " + DateText.en(timing.deadline())
                                + ". Without consent you may not make an image recording of the conversation.")))
                .orElse(waiting);
    }

    private static BilingualText granted(ConsentRequest request, Optional<String> reason) {
        BilingualText text = new BilingualText(
                capitalised(grantorNl(request.consentGrantor())) + " heeft toestemming gegeven " + purpose(request).nl() + ".",
                capitalised(grantorEn(request.consentGrantor())) + " has given consent " + purpose(request).en() + ".");
        text = withReason(text, "Toelichting", "Note", reason);
        return text.then(request.kind() == ConsentKind.RECORDING
                ? new BilingualText("De opname blijft alleen voor privégebruik.",
                        "The recording remains for private use only.")
                : new BilingualText("Houd u daarbij aan de spelregels voor het gebruik van de opname.",
                        "Keep to the rules for the use of the recording when you do so."));
    }

    private static BilingualText denied(ConsentRequest request, Optional<String> reason) {
        BilingualText text = new BilingualText(
                capitalised(grantorNl(request.consentGrantor())) + " heeft geen toestemming gegeven " + purpose(request).nl() + ".",
                capitalised(grantorEn(request.consentGrantor())) + " has not given consent " + purpose(request).en() + ".");
        text = withReason(text, "Reden", "Reason", reason);
        return text.then(request.kind() == ConsentKind.RECORDING
                ? noImageRecording()
                : new BilingualText("U mag de opname daarom niet zo gebruiken.",
                        "You may therefore not use the recording this way."));
    }

    private static BilingualText withdrawn(ConsentRequest request, Optional<String> reason) {
        BilingualText text = new BilingualText(
                "U heeft uw aanvraag voor toestemming " + purpose(request).nl()
                        + " ingetrokken; er wordt geen besluit meer over genomen.",
                "You have withdrawn your request for consent " + purpose(request).en()
                        + "; no decision will be taken on it.");
        text = withReason(text, "Reden", "Reason", reason);
        return request.kind() == ConsentKind.RECORDING ? text.then(noImageRecording()) : text;
    }

    private static BilingualText expired(ConsentRequest request) {
        return new BilingualText(
                "Over uw aanvraag voor toestemming " + purpose(request).nl() + " is uiterlijk op de dag van het gesprek ("
                        + DateText.nl(request.conversationDate()) + ") geen besluit genomen; de aanvraag is verlopen.",
                "No decision was taken on your request for consent " + purpose(request).en()
                        + " by the day of the conversation (" + DateText.en(request.conversationDate())
                        + "); the request has expired.")
                .then(noImageRecording());
    }

    private static BilingualText late(ConsentRequest request, LeadTime timing) {
        BilingualText text = new BilingualText(
                "De aanvraag is te laat: toestemming moest uiterlijk " + DateText.nl(timing.deadline())
                        + " worden gevraagd (" + timing.workingDays() + " werkdagen vóór het gesprek op "
                        + DateText.nl(timing.conversationDate()) + "), maar is gevraagd op "
                        + DateText.nl(timing.requestDate()) + ".",
                "The request is too late: consent had to be requested by " + DateText.en(timing.deadline())
                        + " (" + timing.workingDays() + " working days before the conversation on "
                        + DateText.en(timing.conversationDate()) + "), but was requested on "
                        + DateText.en(timing.requestDate()) + ".");
        if (timing.conversationInPast()) {
            text = text.then(new BilingualText("Het gesprek had toen al plaatsgevonden.",
                    "The conversation had already taken place by then."));
        }
        // "uiterlijk 5 werkdagen voor het gesprek" is when handling in time is assured, not a bar to asking later.
        return text.then(new BilingualText(
                "Het blijft een aanvraag: " + grantorNl(request.consentGrantor()) + " kan nog toestemming geven of "
                        + "weigeren, maar het is niet gegarandeerd dat de aanvraag voor het gesprek wordt behandeld. "
                        + "Zonder toestemming mag u het gesprek niet met beeld opnemen; een geluidsopname mag wel.",
                "It remains a request: " + grantorEn(request.consentGrantor()) + " may still give or refuse consent, "
                        + "but handling it before the conversation is not guaranteed. Without consent you may not make "
                        + "an image recording of the conversation; an audio recording is allowed."));
    }

    private static BilingualText noImageRecording() {
        return new BilingualText(
                "Zonder toestemming mag u het gesprek niet met beeld opnemen; een geluidsopname mag wel.",
                "Without consent you may not make an image recording of the conversation; an audio recording is allowed.");
    }

    private static BilingualText withReason(BilingualText text, String labelNl, String labelEn, Optional<String> reason) {
        // The reason is the actor's own words in whatever language they used, so it is quoted as is in both texts.
        return reason.map(StatusExplanation::asSentence)
                .map(words -> text.then(new BilingualText(labelNl + ": " + words, labelEn + ": " + words)))
                .orElse(text);
    }

    /** Closes the actor's words with a full stop if they have none, so the next sentence does not run on. */
    private static String asSentence(String words) {
        char last = words.charAt(words.length() - 1);
        return last == '.' || last == '!' || last == '?' ? words : words + ".";
    }

    /** "om ... te ..." / "to ...": what the consent is for, with the conversation date. */
    private static BilingualText purpose(ConsentRequest request) {
        LocalDate date = request.conversationDate();
        if (request.kind() == ConsentKind.RECORDING) {
            return request.medium() == Medium.PHOTO
                    ? new BilingualText("om foto's te maken van het gesprek van " + DateText.nl(date),
                            "to take photographs of the conversation of " + DateText.en(date))
                    : new BilingualText("om het gesprek van " + DateText.nl(date) + " op video op te nemen",
                            "to record the conversation of " + DateText.en(date) + " on video");
        }
        Usage usage = request.usage().orElseThrow(() -> new IllegalStateException("a publication request names a usage"));
        return new BilingualText(
                "om de opname van het gesprek van " + DateText.nl(date) + " te gebruiken (" + usageNl(usage) + ")",
                "to use the recording of the conversation of " + DateText.en(date) + " (" + usageEn(usage) + ")");
    }

    private static String usageNl(Usage usage) {
        return switch (usage) {
            case PRIVATE_LISTENING -> "zelf terugluisteren of terugkijken";
            case SHARE_PRIVATE_CIRCLE -> "delen in een kleine privékring";
            case SHARE_WITH_ADVISER -> "delen met een adviseur";
            case SHARE_WITH_PARTICIPANTS -> "delen met wie aan het gesprek deelnam";
            case SHARE_WITH_THIRD_PARTIES -> "delen met derden";
            case PUBLISH -> "openbaar maken";
            case EDIT_AND_PUBLISH_FRAGMENTS -> "bewerkte fragmenten publiceren";
            case NAME_EMPLOYEE_ONLINE -> "de medewerker online noemen";
        };
    }

    private static String usageEn(Usage usage) {
        return switch (usage) {
            case PRIVATE_LISTENING -> "listening to or watching it yourself";
            case SHARE_PRIVATE_CIRCLE -> "sharing it within a small private circle";
            case SHARE_WITH_ADVISER -> "sharing it with an adviser";
            case SHARE_WITH_PARTICIPANTS -> "sharing it with those who took part in the conversation";
            case SHARE_WITH_THIRD_PARTIES -> "sharing it with third parties";
            case PUBLISH -> "making it public";
            case EDIT_AND_PUBLISH_FRAGMENTS -> "publishing edited fragments";
            case NAME_EMPLOYEE_ONLINE -> "naming the employee online";
        };
    }

    private static String grantorNl(ConsentGrantor grantor) {
        return grantor == ConsentGrantor.UWV ? "UWV" : "de medewerker";
    }

    private static String grantorEn(ConsentGrantor grantor) {
        return grantor == ConsentGrantor.UWV ? "UWV" : "the employee";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
