package nl.overheid.recordingpolicy.application.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement;

/** A registered acknowledgement as both protocols return it, with the contracts' field names. */
@JsonbPropertyOrder({"reference", "authority", "caseReference", "date", "clientName", "employeeName", "signedByClient",
        "signedByEmployee", "registeredBy", "registeredAt", "ruleId", "decisionId"})
public record AcknowledgementView(String reference,
                                  String authority,
                                  String caseReference,
                                  String date,
                                  String clientName,
                                  String employeeName,
                                  boolean signedByClient,
                                  boolean signedByEmployee,
                                  String registeredBy,
                                  String registeredAt,
                                  String ruleId,
                                  String decisionId) {

    public static AcknowledgementView of(Acknowledgement acknowledgement, String decisionId) {
        return new AcknowledgementView(acknowledgement.reference(), acknowledgement.authority().name(),
                acknowledgement.caseReference(), acknowledgement.details().date().toString(),
                acknowledgement.details().clientName(), acknowledgement.details().employeeName(),
                acknowledgement.details().signedByClient(), acknowledgement.details().signedByEmployee(),
                acknowledgement.registeredBy(), acknowledgement.registeredAt().toString(), acknowledgement.ruleId(),
                decisionId);
    }
}
