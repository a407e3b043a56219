package nl.overheid.recordingpolicy.adapter.soap;

import java.time.LocalDate;

import nl.overheid.recordingpolicy.application.IssuedDecision;
import nl.overheid.recordingpolicy.application.PolicyListing;
import nl.overheid.recordingpolicy.application.view.ConsentRequestView;
import nl.overheid.recordingpolicy.contract.soap.v1.Advice;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentContact;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequest;
import nl.overheid.recordingpolicy.contract.soap.v1.NextStep;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequestPage;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequestSummary;
import nl.overheid.recordingpolicy.contract.soap.v1.Page;
import nl.overheid.recordingpolicy.contract.soap.v1.StatusChange;
import nl.overheid.recordingpolicy.contract.soap.v1.Consequence;
import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.Explanation;
import nl.overheid.recordingpolicy.contract.soap.v1.LeadTime;
import nl.overheid.recordingpolicy.contract.soap.v1.LeadTimeStatus;
import nl.overheid.recordingpolicy.contract.soap.v1.Obligation;
import nl.overheid.recordingpolicy.contract.soap.v1.LoadedAuthority;
import nl.overheid.recordingpolicy.contract.soap.v1.PolicySet;
import nl.overheid.recordingpolicy.contract.soap.v1.PolicyVersion;
import nl.overheid.recordingpolicy.contract.soap.v1.Rule;
import nl.overheid.recordingpolicy.contract.soap.v1.RuleSource;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAnswer;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAssessment;

/**
 * Domain answers into the generated message classes. Dates and booleans are written as xs:date / xs:boolean
 * text (see wsdl/bindings.xjb for why the generated classes hold them as strings).
 */
final class SoapMapper {

    private SoapMapper() {
    }

    static Decision decision(IssuedDecision issued) {
        nl.overheid.recordingpolicy.domain.policy.Decision source = issued.decision();
        Decision decision = new Decision();
        decision.setDecisionId(issued.decisionId());
        decision.setOutcome(source.outcome().name());
        decision.getRules().addAll(source.ruleIds());
        source.obligations().forEach(o -> {
            Obligation element = new Obligation();
            element.setCode(o.code().name());
            element.setRuleId(o.rule().id());
            decision.getObligations().add(element);
        });
        source.advice().forEach(a -> {
            Advice element = new Advice();
            element.setCode(a.code().name());
            element.setRuleId(a.rule().id());
            decision.getAdvice().add(element);
        });
        source.consequences().forEach(c -> {
            Consequence element = new Consequence();
            element.setCode(c.code().name());
            element.setRuleId(c.rule().id());
            decision.getConsequences().add(element);
        });
        source.consentGrantor().ifPresent(grantor -> decision.setConsentGrantor(grantor.name()));
        source.leadTime().ifPresent(assessment -> decision.setLeadTime(fill(new LeadTime(), assessment)));
        source.consentRequest().ifPresent(consent -> {
            ConsentRequestSummary summary = new ConsentRequestSummary();
            summary.setReference(consent.reference());
            summary.setStatus(consent.status());
            decision.setConsentRequest(summary);
        });
        decision.setExplanation(explanation(source.explanation()));
        decision.setPolicyVersion(version(source.policyVersion()));
        return decision;
    }

    static LeadTimeStatus leadTimeStatus(LeadTimeAnswer answer) {
        LeadTimeStatus status = fill(new LeadTimeStatus(), answer.assessment());
        status.getRules().addAll(answer.ruleIds());
        status.setExplanation(explanation(answer.explanation()));
        status.setPolicyVersion(version(answer.policyVersion()));
        return status;
    }

    static PolicySet policies(PolicyListing listing) {
        PolicySet set = new PolicySet();
        set.setPolicyVersion(version(listing.policyVersion()));
        for (nl.overheid.recordingpolicy.domain.policy.Authority source : listing.authorities()) {
            LoadedAuthority authority = new LoadedAuthority();
            authority.setCode(source.code());
            authority.getAliases().addAll(source.aliases());
            set.getAuthorities().add(authority);
        }
        for (nl.overheid.recordingpolicy.domain.policy.Rule source : listing.rules()) {
            Rule rule = new Rule();
            rule.setId(source.id());
            rule.setAuthority(source.authority().name());
            RuleSource origin = new RuleSource();
            origin.setDocument(source.source().document());
            origin.setSection(source.source().section());
            origin.setText(source.source().text());
            rule.setSource(origin);
            rule.setExplanation(explanation(source.explanation()));
            source.interpretation().ifPresent(reading -> rule.setInterpretation(explanation(reading)));
            set.getRules().add(rule);
        }
        return set;
    }

    static ConsentRequest consentRequest(ConsentRequestView view) {
        ConsentRequest request = new ConsentRequest();
        request.setReference(view.reference());
        request.setKind(view.kind());
        request.setAuthority(view.authority());
        request.setMedium(view.medium());
        request.setUsage(view.usage());
        request.setConversationDate(view.conversationDate());
        request.setChannel(view.channel());
        request.setCaseReference(view.caseReference());
        request.setRequestDate(view.requestDate());
        request.setConsentGrantor(view.consentGrantor());
        request.setStatus(view.status());
        if (view.leadTime() != null) {
            LeadTime leadTime = new LeadTime();
            leadTime.setRequired(Boolean.toString(view.leadTime().required()));
            leadTime.setWorkingDays(view.leadTime().workingDays());
            leadTime.setDeadline(view.leadTime().deadline());
            leadTime.setRequestDate(view.leadTime().requestDate());
            leadTime.setOnTime(view.leadTime().onTime() == null ? null : view.leadTime().onTime().toString());
            request.setLeadTime(leadTime);
        }
        Explanation explanation = new Explanation();
        explanation.setNl(view.explanation().nl());
        explanation.setEn(view.explanation().en());
        request.setExplanation(explanation);
        for (ConsentRequestView.StatusChangeView change : view.history()) {
            StatusChange element = new StatusChange();
            element.setFrom(change.from());
            element.setTo(change.to());
            element.setAt(change.at());
            element.setActor(change.actor());
            element.setActedBy(change.actedBy());
            element.setReason(change.reason());
            element.setDecisionId(change.decisionId());
            request.getHistory().add(element);
        }
        if (view.nextStep() != null) { // absent in an answer stored before next steps were shown
            NextStep next = new NextStep();
            next.setExplanation(explanation(new BilingualText(view.nextStep().explanation().nl(),
                    view.nextStep().explanation().en())));
            next.getRules().addAll(view.nextStep().rules());
            request.setNextStep(next);
        }
        if (view.contacts() != null) {
            for (ConsentRequestView.ContactView contact : view.contacts()) {
                ConsentContact element = new ConsentContact();
                element.setContactedAt(contact.contactedAt());
                element.setNote(contact.note());
                element.setAlternativeMedium(contact.alternativeMedium());
                element.setAlternativeDescription(contact.alternativeDescription());
                element.setRecordedAt(contact.recordedAt());
                element.setRecordedBy(contact.recordedBy());
                element.setDecisionId(contact.decisionId());
                request.getContacts().add(element);
            }
        }
        return request;
    }

    static ConsentRequestPage consentRequestPage(nl.overheid.recordingpolicy.application.consent.ConsentRequestPage found) {
        ConsentRequestPage page = new ConsentRequestPage();
        found.consentRequests().forEach(view -> page.getConsentRequests().add(consentRequest(view)));
        Page numbers = new Page();
        numbers.setNumber(found.number());
        numbers.setSize(found.size());
        numbers.setTotalElements((int) found.totalElements());
        numbers.setTotalPages(found.totalPages());
        page.setPage(numbers);
        return page;
    }

    private static <T extends LeadTime> T fill(T target, LeadTimeAssessment assessment) {
        target.setRequired(Boolean.toString(assessment.required()));
        target.setWorkingDays(assessment.workingDays());
        assessment.deadline().ifPresent(deadline -> target.setDeadline(date(deadline)));
        target.setRequestDate(date(assessment.requestDate()));
        assessment.onTime().ifPresent(onTime -> target.setOnTime(Boolean.toString(onTime)));
        assessment.deadlineProvisional().ifPresent(provisional -> target.setProvisional(Boolean.toString(provisional)));
        return target;
    }

    private static Explanation explanation(BilingualText text) {
        Explanation explanation = new Explanation();
        explanation.setNl(text.nl());
        explanation.setEn(text.en());
        return explanation;
    }

    private static PolicyVersion version(nl.overheid.recordingpolicy.domain.policy.PolicyVersion source) {
        PolicyVersion version = new PolicyVersion();
        version.setVersion(source.version());
        version.setEffectiveFrom(date(source.effectiveFrom()));
        return version;
    }

    private static String date(LocalDate date) {
        return date.toString();
    }
}
