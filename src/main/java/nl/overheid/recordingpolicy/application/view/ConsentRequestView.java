package nl.overheid.recordingpolicy.application.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import nl.overheid.recordingpolicy.domain.consent.ConsentContact;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.NextStep;
import nl.overheid.recordingpolicy.domain.consent.StatusChange;

/**
 * A consent request as both protocols return it, with the contracts' field names. Flat and serialisable, because
 * an idempotent retry must get back exactly the answer the first request got, stored as JSON.
 */
@JsonbPropertyOrder({"reference", "kind", "authority", "medium", "usage", "conversationDate", "channel", "caseReference",
        "requestDate", "consentGrantor", "status", "leadTime", "explanation", "history", "nextStep", "contacts"})
public record ConsentRequestView(String reference,
                                 String kind,
                                 String authority,
                                 String medium,
                                 String usage,
                                 String conversationDate,
                                 String channel,
                                 String caseReference,
                                 String requestDate,
                                 String consentGrantor,
                                 String status,
                                 LeadTimeView leadTime,
                                 TextView explanation,
                                 List<StatusChangeView> history,
                                 NextStepView nextStep,
                                 List<ContactView> contacts) {

    /** What happens next, with the rules it follows from (UWV-VIDEO-CONTACT for an open UWV recording request). */
    @JsonbPropertyOrder({"explanation", "rules"})
    public record NextStepView(TextView explanation, List<String> rules) {
    }

    /** A contact the grantor recorded; the alternative fields are absent when nothing was proposed. */
    @JsonbPropertyOrder({"contactedAt", "note", "alternativeMedium", "alternativeDescription", "recordedAt",
            "recordedBy", "decisionId"})
    public record ContactView(String contactedAt, String note, String alternativeMedium, String alternativeDescription,
                              String recordedAt, String recordedBy, String decisionId) {
    }

    @JsonbPropertyOrder({"from", "to", "at", "actor", "actedBy", "reason", "decisionId"})
    public record StatusChangeView(String from, String to, String at, String actor, String actedBy, String reason,
                                   String decisionId) {
    }

    /**
     * @param decisionIds the decision-log record of each history entry, in the same order
     * @param contacts    the contacts recorded on the request, oldest first
     * @param contactDecisionIds the decision-log record of each contact, in the same order
     * @param next        the request's next step as of today
     * @param today       the date in the Netherlands: the explanation speaks of the status as it is today
     */
    public static ConsentRequestView of(ConsentRequest request, List<String> decisionIds, List<ConsentContact> contacts,
                                        List<String> contactDecisionIds, NextStep next, LocalDate today) {
        List<ContactView> contactViews = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            contactViews.add(contact(contacts.get(i), contactDecisionIds.get(i)));
        }
        List<StatusChangeView> history = new ArrayList<>();
        for (int i = 0; i < request.history().size(); i++) {
            StatusChange change = request.history().get(i);
            history.add(new StatusChangeView(change.from() == null ? null : change.from().name(), change.to().name(),
                    change.at().toString(), change.actor().name(), change.actedBy().orElse(null),
                    change.reason().orElse(null), decisionIds.get(i)));
        }
        return new ConsentRequestView(
                request.reference(),
                request.kind().name(),
                request.authority().name(),
                request.medium().name(),
                request.usage().map(Enum::name).orElse(null),
                request.conversationDate().toString(),
                request.channel().name(),
                request.caseReference(),
                request.requestDate().toString(),
                request.consentGrantor().name(),
                request.status().name(),
                request.leadTime().map(LeadTimeView::of).orElse(null),
                TextView.of(request.explanation(today)),
                history,
                new NextStepView(TextView.of(next.text()), next.ruleIds()),
                contactViews);
    }

    private static ContactView contact(ConsentContact contact, String decisionId) {
        return new ContactView(contact.contactedAt().toString(), contact.note().orElse(null),
                contact.alternative().flatMap(ConsentContact.Alternative::medium).map(Enum::name).orElse(null),
                contact.alternative().flatMap(ConsentContact.Alternative::description).orElse(null),
                contact.recordedAt().toString(), contact.recordedBy().orElse(null), decisionId);
    }
}
