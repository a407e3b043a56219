package nl.overheid.recordingpolicy.domain.consent;

import java.util.Map;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.DateText;
import nl.overheid.recordingpolicy.domain.policy.GatewayText;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The citizen-facing text for each status of a request, in the gateway's texts. Derived from the request's own
 * fields, never stored, so a restored request explains itself exactly as it did when it was live.
 */
final class StatusExplanation {

    private final ConsentRequest request;
    private final GatewayTexts texts;

    private StatusExplanation(ConsentRequest request, GatewayTexts texts) {
        this.request = request;
        this.texts = texts;
    }

    /**
     * @param status the status to explain; the request's own status, or its effective status (a recording request
     *               still SUBMITTED after its conversation is explained as EXPIRED)
     */
    static BilingualText of(ConsentRequest request, ConsentStatus status, GatewayTexts texts) {
        StatusExplanation explanation = new StatusExplanation(request, texts);
        // GRANTED, DENIED and WITHDRAWN, the statuses whose text quotes a reason, are always entered by the last step.
        Optional<String> reason = request.lastChange().reason();
        return switch (status) {
            case SUBMITTED -> explanation.submitted();
            case GRANTED -> explanation.granted(reason);
            case DENIED -> explanation.denied(reason);
            case WITHDRAWN -> explanation.withdrawn(reason);
            case EXPIRED -> explanation.expired();
            case LATE -> explanation.late(request.leadTime().orElseThrow(() ->
                    new IllegalStateException("only a recording request with a lead time can be late")));
        };
    }

    private BilingualText submitted() {
        BilingualText waiting = texts.fill(GatewayText.REQUEST_SUBMITTED,
                Map.of("purpose", purpose(), "grantor", grantor()));
        return request.leadTime().map(timing -> waiting.then(texts.fill(GatewayText.REQUEST_MADE_IN_TIME,
                        Map.of("deadline", DateText.of(timing.deadline())))))
                .orElse(waiting);
    }

    private BilingualText granted(Optional<String> reason) {
        BilingualText granted = texts.fill(GatewayText.REQUEST_GRANTED,
                Map.of("Grantor", capitalised(grantor()), "purpose", purpose()));
        BilingualText text = withReason(granted, GatewayText.GRANTOR_NOTE, "note", reason);
        return text.then(texts.text(request.kind() == ConsentKind.RECORDING
                ? GatewayText.RECORDING_STAYS_PRIVATE : GatewayText.KEEP_TO_USAGE_RULES));
    }

    private BilingualText denied(Optional<String> reason) {
        BilingualText denied = texts.fill(GatewayText.REQUEST_DENIED,
                Map.of("Grantor", capitalised(grantor()), "purpose", purpose()));
        BilingualText text = withReason(denied, GatewayText.GIVEN_REASON, "reason", reason);
        return text.then(texts.text(request.kind() == ConsentKind.RECORDING
                ? GatewayText.NO_IMAGE_RECORDING_WITHOUT_CONSENT : GatewayText.USE_NOT_ALLOWED));
    }

    private BilingualText withdrawn(Optional<String> reason) {
        BilingualText text = withReason(texts.fill(GatewayText.REQUEST_WITHDRAWN, Map.of("purpose", purpose())),
                GatewayText.GIVEN_REASON, "reason", reason);
        return request.kind() == ConsentKind.RECORDING
                ? text.then(texts.text(GatewayText.NO_IMAGE_RECORDING_WITHOUT_CONSENT)) : text;
    }

    private BilingualText expired() {
        return texts.fill(GatewayText.REQUEST_EXPIRED,
                        Map.of("purpose", purpose(), "conversationDate", DateText.of(request.conversationDate())))
                .then(texts.text(GatewayText.NO_IMAGE_RECORDING_WITHOUT_CONSENT));
    }

    private BilingualText late(LeadTime timing) {
        String workingDays = Integer.toString(timing.workingDays());
        BilingualText text = texts.fill(GatewayText.REQUEST_LATE, Map.of(
                "deadline", DateText.of(timing.deadline()),
                "workingDays", new BilingualText(workingDays, workingDays),
                "conversationDate", DateText.of(timing.conversationDate()),
                "requestDate", DateText.of(timing.requestDate())));
        if (timing.conversationInPast()) {
            text = text.then(texts.text(GatewayText.LATE_AFTER_CONVERSATION));
        }
        // "uiterlijk 5 werkdagen voor het gesprek" is when handling in time is assured, not a bar to asking later.
        return text.then(texts.fill(GatewayText.LATE_REQUEST_REMAINS, Map.of("grantor", grantor())));
    }

    /** The reason is the actor's own words in whatever language they used, so it is quoted as is in both texts. */
    private BilingualText withReason(BilingualText text, GatewayText label, String parameter, Optional<String> reason) {
        return reason.map(StatusExplanation::asSentence)
                .map(words -> text.then(texts.fill(label, Map.of(parameter, new BilingualText(words, words)))))
                .orElse(text);
    }

    /** Closes the actor's words with a full stop if they have none, so the next sentence does not run on. */
    private static String asSentence(String words) {
        char last = words.charAt(words.length() - 1);
        return last == '.' || last == '!' || last == '?' ? words : words + ".";
    }

    /** "om ... te ..." / "to ...": what the consent is for, with the conversation date. */
    private BilingualText purpose() {
        BilingualText date = DateText.of(request.conversationDate());
        if (request.kind() == ConsentKind.RECORDING) {
            return texts.fill(request.medium() == Medium.PHOTO ? GatewayText.PURPOSE_PHOTO : GatewayText.PURPOSE_VIDEO,
                    Map.of("conversationDate", date));
        }
        Usage usage = request.usage()
                .orElseThrow(() -> new IllegalStateException("a publication request names a usage"));
        return texts.fill(GatewayText.PURPOSE_USAGE, Map.of("conversationDate", date, "usage", texts.name(usage)));
    }

    private BilingualText grantor() {
        return texts.name(request.consentGrantor());
    }

    /** The grantor's name at the start of a sentence: "De medewerker" / "The employee". */
    private static BilingualText capitalised(BilingualText name) {
        return new BilingualText(capitalised(name.nl()), capitalised(name.en()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
