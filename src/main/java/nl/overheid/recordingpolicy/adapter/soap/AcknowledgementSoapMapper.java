package nl.overheid.recordingpolicy.adapter.soap;

import nl.overheid.recordingpolicy.application.view.AcknowledgementListView;
import nl.overheid.recordingpolicy.application.view.AcknowledgementView;
import nl.overheid.recordingpolicy.contract.soap.v1.Acknowledgement;
import nl.overheid.recordingpolicy.contract.soap.v1.AcknowledgementList;

/** Acknowledgements from the application's views to the XSD's types. */
final class AcknowledgementSoapMapper {

    private AcknowledgementSoapMapper() {
    }

    static Acknowledgement acknowledgement(AcknowledgementView view) {
        Acknowledgement element = new Acknowledgement();
        element.setReference(view.reference());
        element.setAuthority(view.authority());
        element.setCaseReference(view.caseReference());
        element.setDate(view.date());
        element.setClientName(view.clientName());
        element.setEmployeeName(view.employeeName());
        element.setSignedByClient(Boolean.toString(view.signedByClient()));
        element.setSignedByEmployee(Boolean.toString(view.signedByEmployee()));
        element.setRegisteredBy(view.registeredBy());
        element.setRegisteredAt(view.registeredAt());
        element.setRuleId(view.ruleId());
        element.setDecisionId(view.decisionId());
        return element;
    }

    static AcknowledgementList list(AcknowledgementListView views) {
        AcknowledgementList list = new AcknowledgementList();
        views.acknowledgements().forEach(view -> list.getAcknowledgements().add(acknowledgement(view)));
        return list;
    }
}
