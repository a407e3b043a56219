package nl.overheid.recordingpolicy.adapter.soap;

import java.time.LocalDate;

import nl.overheid.recordingpolicy.application.IssuedDecision;
import nl.overheid.recordingpolicy.application.PolicyListing;
import nl.overheid.recordingpolicy.contract.soap.v1.Advice;
import nl.overheid.recordingpolicy.contract.soap.v1.Consequence;
import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.Explanation;
import nl.overheid.recordingpolicy.contract.soap.v1.LeadTime;
import nl.overheid.recordingpolicy.contract.soap.v1.LeadTimeStatus;
import nl.overheid.recordingpolicy.contract.soap.v1.Obligation;
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

    private static <T extends LeadTime> T fill(T target, LeadTimeAssessment assessment) {
        target.setRequired(Boolean.toString(assessment.required()));
        target.setWorkingDays(assessment.workingDays());
        assessment.deadline().ifPresent(deadline -> target.setDeadline(date(deadline)));
        target.setRequestDate(date(assessment.requestDate()));
        assessment.onTime().ifPresent(onTime -> target.setOnTime(Boolean.toString(onTime)));
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
