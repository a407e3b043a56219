package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;

/** Answers "may this recording be made?" for UWV and for a municipality. */
public final class RecordingPolicy {

    private final LeadTimePolicy leadTimes;
    private final PolicyVersion version;

    RecordingPolicy(LeadTimePolicy leadTimes, PolicyVersion version) {
        this.leadTimes = Objects.requireNonNull(leadTimes, "leadTimes");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * @param today the date the question is asked (Europe/Amsterdam); the lead-time request date.
     * @throws IllegalArgumentException if a lead time applies and the question has no conversation date.
     */
    public Decision evaluate(RecordingQuestion question, LocalDate today) {
        return evaluate(question, today, Optional.empty());
    }

    /**
     * As {@link #evaluate(RecordingQuestion, LocalDate)}, taking into account the consent request the caller names:
     * granted makes an image recording at UWV permitted, denied or late not permitted, pending still subject to
     * consent; a withdrawn or expired request counts as none.
     *
     * @throws ConsentMismatchException if the consent request is for another authority, medium or date
     */
    public Decision evaluate(RecordingQuestion question, LocalDate today, Optional<RecordingConsent> consent) {
        consent.ifPresent(named -> requireSameRecording(question, named));
        DecisionBuilder decision = new DecisionBuilder(version);
        consent.ifPresent(decision::consentRequest);
        if (question.participant() && question.authority() == Authority.UWV && question.medium().isImage()) {
            return uwvImage(question, today, consent, decision); // date notes come with the lead time
        }
        Outcome outcome;
        if (!question.participant()) {
            outcome = notAParticipant(question, decision);
        } else if (question.authority() == Authority.UWV) {
            outcome = uwvAudio(decision);
        } else {
            outcome = municipality(decision);
        }
        question.conversationDate()
                .filter(date -> date.isBefore(today))
                .ifPresent(date -> decision.explain(PastConversation.note(date)));
        return decision.decide(outcome);
    }

    private Outcome notAParticipant(RecordingQuestion question, DecisionBuilder decision) {
        if (question.authority() == Authority.UWV) {
            decision.rules(UwvRules.AUDIO_ALLOWED);
            if (question.medium().isImage()) {
                decision.rules(UwvRules.VIDEO_CONSENT, UwvRules.NO_SECRET_RECORDING);
            }
        } else {
            decision.rules(MunicipalityRules.RECORDING_ALLOWED);
        }
        String bodyNl = question.authority() == Authority.UWV ? "UWV" : "de gemeente";
        String bodyEn = question.authority() == Authority.UWV ? "UWV" : "the municipality";
        decision.explain(new BilingualText(
                        "Alleen wie zelf aan het gesprek deelneemt, mag het opnemen. De regels van " + bodyNl
                                + " staan niet toe dat u een gesprek opneemt waaraan u niet deelneemt.",
                        "Only someone who takes part in the conversation may record it. The rules of " + bodyEn
                                + " do not allow recording a conversation you do not take part in."));
        return Outcome.NOT_PERMITTED;
    }

    private Outcome uwvAudio(DecisionBuilder decision) {
        decision.rules(UwvRules.AUDIO_ALLOWED)
                .advice(AdviceCode.ANNOUNCE_RECORDING, UwvRules.AUDIO_ANNOUNCE)
                .obligation(ObligationCode.PRIVATE_USE_ONLY, UwvRules.AUDIO_PRIVATE_USE)
                .explain(new BilingualText(
                        "U mag een geluidsopname maken van een gesprek met UWV waaraan u deelneemt, zonder dit vooraf aan "
                                + "te vragen. UWV stelt het op prijs als u vooraf meldt dat u opneemt. De opname is alleen "
                                + "voor privégebruik.",
                        "You may make an audio recording of a conversation with UWV that you take part in, without asking "
                                + "in advance. UWV appreciates it if you say beforehand that you are recording. The "
                                + "recording is for private use only."));
        return Outcome.PERMITTED;
    }

    private static void requireSameRecording(RecordingQuestion question, RecordingConsent consent) {
        List<String> differences = new ArrayList<>();
        if (consent.authority() != question.authority()) {
            differences.add("authority " + consent.authority() + ", not " + question.authority());
        }
        if (consent.medium() != question.medium()) {
            differences.add("medium " + consent.medium() + ", not " + question.medium());
        }
        if (question.conversationDate().filter(consent.conversationDate()::equals).isEmpty()) {
            differences.add("conversationDate " + consent.conversationDate()
                    + question.conversationDate().map(date -> ", not " + date).orElse(", but none was given"));
        }
        if (!differences.isEmpty()) {
            throw new ConsentMismatchException("is a consent request for another recording: " + String.join("; ", differences));
        }
    }

    private Decision uwvImage(RecordingQuestion question, LocalDate today, Optional<RecordingConsent> consent,
                              DecisionBuilder decision) {
        LeadTimeAssessment assessment = leadTimes.assess(question.authority(), question.medium(),
                question.conversationDate(), today);
        LeadTime timing = assessment.timing().orElseThrow();
        decision.rules(UwvRules.VIDEO_CONSENT, UwvRules.NO_SECRET_RECORDING, UwvRules.VIDEO_LEAD_TIME)
                .obligation(ObligationCode.PRIVATE_USE_ONLY, UwvRules.VIDEO_PRIVATE_USE)
                .leadTime(assessment)
                .explain(new BilingualText(
                        "Voor een beeldopname (video of foto) van een gesprek met UWV moet de medewerker toestemming geven.",
                        "For an image recording (video or photo) of a conversation with UWV the employee must give consent."))
                .explain(LeadTimePolicy.deadlineText(timing));
        RecordingConsent.Standing standing = consent.map(RecordingConsent::standing).orElse(RecordingConsent.Standing.LAPSED);
        consent.ifPresent(named -> decision.explain(ConsentTexts.standing(named)));
        Outcome outcome;
        if (standing == RecordingConsent.Standing.GRANTED) {
            decision.explain(new BilingualText(
                    "U mag de beeldopname maken; zij is alleen voor privégebruik.",
                    "You may make the image recording; it is for private use only."));
            outcome = Outcome.PERMITTED;
        } else if (standing == RecordingConsent.Standing.DENIED || standing == RecordingConsent.Standing.LATE) {
            decision.explain(new BilingualText(
                    "De beeldopname is daarom niet toegestaan. Een geluidsopname mag wel.",
                    "The image recording is therefore not permitted. An audio recording is allowed."));
            outcome = Outcome.NOT_PERMITTED;
        } else if (standing == RecordingConsent.Standing.PENDING) {
            decision.consentFrom(ConsentGrantor.EMPLOYEE);
            outcome = Outcome.CONSENT_REQUIRED;
        } else if (timing.onTime()) {
            decision.advice(AdviceCode.REQUEST_CONSENT_IN_TIME, UwvRules.VIDEO_LEAD_TIME)
                    .consentFrom(ConsentGrantor.EMPLOYEE)
                    .explain(new BilingualText(
                            "Met toestemming is de opname alleen voor privégebruik.",
                            "With consent, the recording is for private use only."));
            outcome = Outcome.CONSENT_REQUIRED;
        } else {
            decision.explain(new BilingualText(
                    "Die datum is verstreken en er is geen verleende toestemming bekend, dus de beeldopname is niet "
                            + "toegestaan. Een geluidsopname mag wel.",
                    "That date has passed and no granted consent is known, so the image recording is not permitted. "
                            + "An audio recording is allowed."));
            outcome = Outcome.NOT_PERMITTED;
        }
        leadTimes.dateNotes(timing).forEach(decision::explain);
        return decision.decide(outcome);
    }

    private Outcome municipality(DecisionBuilder decision) {
        decision.rules(MunicipalityRules.RECORDING_ALLOWED, MunicipalityRules.MEDIA)
                .advice(AdviceCode.ANNOUNCE_RECORDING_AND_PURPOSE, MunicipalityRules.ANNOUNCE)
                .obligation(ObligationCode.NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT, MunicipalityRules.NO_THIRD_PARTY_SHARING)
                .municipalOnlineConduct()
                .explain(new BilingualText(
                        "U mag uw gesprek met de gemeente opnemen; dat geldt voor geluid, video en foto. Vertel de "
                                + "medewerker vooraf dat u opneemt en wat u met de opname wilt doen. Zonder toestemming van "
                                + "de medewerker mag u de opname niet aan derden geven of openbaar maken. Noem medewerkers "
                                + "niet met naam op internet, verspreid geen beledigingen of bedreigingen en knip de opname "
                                + "niet misleidend. Handelen in strijd met de spelregels kan leiden tot verhaal van schade en "
                                + "verbaal geweld op internet tot gevolgen voor dienstverlening, uitkering of toeslagen.",
                        "You may record your conversation with the municipality; this applies to audio, video and photo. "
                                + "Tell the employee beforehand that you are recording and what you intend to do with it. "
                                + "Without the employee's consent you may not give the recording to third parties or make "
                                + "it public. Do not name employees on the internet, do not spread insults or threats and "
                                + "do not cut the recording misleadingly. Acting against the rules may lead to recovery of "
                                + "damages, and verbal violence online to consequences for services, benefit or allowances."));
        return Outcome.PERMITTED;
    }
}
