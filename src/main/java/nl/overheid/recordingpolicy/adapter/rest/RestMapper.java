package nl.overheid.recordingpolicy.adapter.rest;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import nl.overheid.recordingpolicy.application.PolicyListing;
import nl.overheid.recordingpolicy.application.consent.ConsentRequestPage;
import nl.overheid.recordingpolicy.application.policyversion.ArchivedPolicy;
import nl.overheid.recordingpolicy.contract.rest.v1.model.ArchivedGatewayTexts;
import nl.overheid.recordingpolicy.contract.rest.v1.model.Explanation;
import nl.overheid.recordingpolicy.contract.rest.v1.model.LeadTimeStatus;
import nl.overheid.recordingpolicy.contract.rest.v1.model.Link;
import nl.overheid.recordingpolicy.contract.rest.v1.model.LoadedAuthority;
import nl.overheid.recordingpolicy.contract.rest.v1.model.Page;
import nl.overheid.recordingpolicy.contract.rest.v1.model.PageLinks;
import nl.overheid.recordingpolicy.contract.rest.v1.model.PolicySet;
import nl.overheid.recordingpolicy.contract.rest.v1.model.PolicyFile;
import nl.overheid.recordingpolicy.contract.rest.v1.model.PolicyVersion;
import nl.overheid.recordingpolicy.contract.rest.v1.model.PolicyVersionContent;
import nl.overheid.recordingpolicy.contract.rest.v1.model.Rule;
import nl.overheid.recordingpolicy.contract.rest.v1.model.RuleSource;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAnswer;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAssessment;
import nl.overheid.recordingpolicy.domain.policy.PolicyContent;

/** The application's answers into the models generated from openapi/, and the generated types into its input. */
final class RestMapper {

    private RestMapper() {
    }

    /**
     * The authority as the application's input takes it: the contract's Authority is a pattern-checked string (UWV,
     * MUNICIPALITY or a CBS code), passed on as sent so that the application names it when it is not a loaded one.
     * With {@link #authority(nl.overheid.recordingpolicy.domain.policy.Authority)} the one place it is mapped.
     */
    static String authority(String authority) {
        return authority;
    }

    /** The domain's authority as the contract writes it (MUNICIPALITY for the seeds' municipality, see Authority#name). */
    static String authority(nl.overheid.recordingpolicy.domain.policy.Authority authority) {
        return authority.name();
    }

    static LeadTimeStatus leadTimeStatus(LeadTimeAnswer answer) {
        LeadTimeAssessment assessment = answer.assessment();
        return new LeadTimeStatus()
                .required(assessment.required())
                .workingDays(assessment.workingDays())
                .deadline(assessment.deadline().orElse(null))
                .requestDate(assessment.requestDate())
                .onTime(assessment.onTime().orElse(null))
                .provisional(assessment.deadlineProvisional().orElse(null))
                .rules(answer.ruleIds())
                .explanation(explanation(answer.explanation()))
                .policyVersion(version(answer.policyVersion()));
    }

    static PolicySet policies(PolicyListing listing) {
        List<Rule> rules = listing.rules().stream().map(RestMapper::rule).toList();
        List<LoadedAuthority> authorities = listing.authorities().stream()
                .map(authority -> new LoadedAuthority().code(authority.code()).aliases(authority.aliases()))
                .toList();
        return new PolicySet().policyVersion(version(listing.policyVersion())).authorities(authorities).rules(rules);
    }

    private static Rule rule(nl.overheid.recordingpolicy.domain.policy.Rule rule) {
        return new Rule()
                .id(rule.id())
                .authority(authority(rule.authority()))
                .source(new RuleSource().document(rule.source().document()).section(rule.source().section())
                        .text(rule.source().text()))
                .explanation(explanation(rule.explanation()))
                .interpretation(rule.interpretation().map(RestMapper::explanation).orElse(null));
    }

    private static Explanation explanation(BilingualText text) {
        return new Explanation().nl(text.nl()).en(text.en());
    }

    private static PolicyVersion version(nl.overheid.recordingpolicy.domain.policy.PolicyVersion version) {
        return new PolicyVersion().version(version.version()).effectiveFrom(version.effectiveFrom());
    }

    /** A page of consent requests with NL API Design Rules pagination links (HAL style: self, first, prev, next, last). */
    static nl.overheid.recordingpolicy.contract.rest.v1.model.ConsentRequestPage page(ConsentRequestPage page, UriInfo uri) {
        int last = Math.max(1, page.totalPages());
        PageLinks links = new PageLinks()
                .self(link(uri, page.number(), page.size()))
                .first(link(uri, 1, page.size()))
                .last(link(uri, last, page.size()));
        if (page.number() > 1) {
            links.prev(link(uri, Math.min(page.number() - 1, last), page.size()));
        }
        if (page.number() < last) {
            links.next(link(uri, page.number() + 1, page.size()));
        }
        return new nl.overheid.recordingpolicy.contract.rest.v1.model.ConsentRequestPage()
                .consentRequests(page.consentRequests())
                .page(new Page().number(page.number()).size(page.size())
                        .totalElements(Math.toIntExact(page.totalElements())).totalPages(page.totalPages()))
                .links(links);
    }

    /** Relative to the server: the request's path with its query, only page and pageSize replaced. */
    private static Link link(UriInfo uri, int page, int size) {
        URI target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", size)
                .build();
        return new Link().href(target.getRawPath() + "?" + target.getRawQuery());
    }

    /** A policy version from the archive, files in the order read, and the gateway's texts when it was kept with them. */
    static PolicyVersionContent policyVersion(ArchivedPolicy archived) {
        PolicyContent content = archived.content();
        return new PolicyVersionContent()
                .id(content.id())
                .version(content.version().version())
                .effectiveFrom(content.version().effectiveFrom())
                .firstLoadedAt(archived.firstLoadedAt().atOffset(ZoneOffset.UTC))
                .files(content.documents().stream()
                        .map(document -> new PolicyFile().authority(document.authority()).name(document.name())
                                .content(document.text()))
                        .toList())
                .gatewayTexts(content.gatewayTexts()
                        .map(text -> new ArchivedGatewayTexts().name(PolicyContent.GATEWAY_TEXTS).content(text))
                        .orElse(null));
    }
}
