package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.util.List;

import nl.overheid.recordingpolicy.application.PolicyListing;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAnswer;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAssessment;
import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/** Domain answers into the JSON shapes of the contract. Translation only. */
public final class RestMapper {

    private RestMapper() {
    }

    public static LeadTimeStatusDto leadTimeStatus(LeadTimeAnswer answer) {
        LeadTimeAssessment assessment = answer.assessment();
        return new LeadTimeStatusDto(
                assessment.required(),
                assessment.workingDays(),
                assessment.deadline().orElse(null),
                assessment.requestDate(),
                assessment.onTime().orElse(null),
                answer.ruleIds(),
                explanation(answer.explanation()),
                version(answer.policyVersion()));
    }

    public static PolicySetDto policies(PolicyListing listing) {
        List<RuleDto> rules = listing.rules().stream().map(RestMapper::rule).toList();
        List<LoadedAuthorityDto> authorities = listing.authorities().stream()
                .map(authority -> new LoadedAuthorityDto(authority.code(), authority.aliases()))
                .toList();
        return new PolicySetDto(version(listing.policyVersion()), authorities, rules);
    }

    private static RuleDto rule(Rule rule) {
        return new RuleDto(rule.id(), rule.authority().name(),
                new RuleSourceDto(rule.source().document(), rule.source().section(), rule.source().text()),
                explanation(rule.explanation()),
                rule.interpretation().map(RestMapper::explanation).orElse(null));
    }

    private static ExplanationDto explanation(BilingualText text) {
        return new ExplanationDto(text.nl(), text.en());
    }

    private static PolicyVersionDto version(PolicyVersion version) {
        return new PolicyVersionDto(version.version(), version.effectiveFrom());
    }
}
