package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * One version of the rules: every loaded authority's policy, the gateway's own texts, everything that answers
 * questions with them, and the catalogue of the rules themselves. A later change of the spelregels becomes a new
 * version with its own effective date, so that a decision can always say which version produced it.
 */
public final class PolicySet {

    /** The first rule set of the gateway: the spelregels as published in the seed documents. */
    public static final PolicyVersion CURRENT_VERSION = new PolicyVersion("2026.1", LocalDate.of(2026, 1, 1));

    private final PolicyVersion version;
    private final Optional<PolicyContent> content;
    private final GatewayTexts texts;
    private final Map<Authority, AuthorityPolicy> authorities;
    private final List<Rule> rules;
    private final LeadTimePolicy leadTimes;
    private final RecordingPolicy recording;
    private final UsagePolicy usage;

    /**
     * @throws IllegalArgumentException when two policies are for the same authority, two rules share an id, or the
     *         default municipality ({@link Authority#MUNICIPALITY}, which the alias names) is not among them
     */
    public PolicySet(PolicyVersion version, List<AuthorityPolicy> policies, WorkingDayCalendar calendar,
                     GatewayTexts texts) {
        this(version, policies, calendar, Optional.empty(), texts);
    }

    /**
     * A policy set read from {@code content} (whose version it must carry), so that a decision can name the exact
     * policy that produced it.
     */
    public PolicySet(List<AuthorityPolicy> policies, WorkingDayCalendar calendar, PolicyContent content,
                     GatewayTexts texts) {
        this(content.version(), policies, calendar, Optional.of(content), texts);
    }

    private PolicySet(PolicyVersion version, List<AuthorityPolicy> policies, WorkingDayCalendar calendar,
                      Optional<PolicyContent> content, GatewayTexts texts) {
        this.version = Objects.requireNonNull(version, "version");
        this.content = content;
        this.texts = Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(calendar, "calendar");
        Map<Authority, AuthorityPolicy> byAuthority = new LinkedHashMap<>();
        for (AuthorityPolicy policy : policies) {
            if (byAuthority.put(policy.authority(), policy) != null) {
                throw new IllegalArgumentException("two policies for " + policy.authority().code());
            }
        }
        if (!byAuthority.containsKey(Authority.UWV) || !byAuthority.containsKey(Authority.MUNICIPALITY)) {
            throw new IllegalArgumentException("the policies of UWV and of the default municipality "
                    + Authority.MUNICIPALITY.code() + " must be loaded; loaded: " + byAuthority.keySet());
        }
        this.authorities = Map.copyOf(byAuthority);
        this.rules = authorities().stream().flatMap(authority -> byAuthority.get(authority).rules().stream()).toList();
        Map<String, Long> ids = rules.stream().collect(Collectors.groupingBy(Rule::id, Collectors.counting()));
        ids.forEach((id, count) -> {
            if (count > 1) {
                throw new IllegalArgumentException("rule id " + id + " is used by more than one policy");
            }
        });
        this.leadTimes = new LeadTimePolicy(this, calendar);
        this.recording = new RecordingPolicy(this);
        this.usage = new UsagePolicy(this);
    }

    public PolicyVersion version() {
        return version;
    }

    /** The files this set was read from; empty for a set built in code (tests). */
    public Optional<PolicyContent> content() {
        return content;
    }

    /** The id of {@link #content()}: what a decision names as the exact policy it was made with. */
    public Optional<String> contentId() {
        return content.map(PolicyContent::id);
    }

    /** Every loaded authority: UWV first, then the municipalities by code. */
    public List<Authority> authorities() {
        return authorities.keySet().stream()
                .sorted((a, b) -> a.equals(Authority.UWV) ? -1 : b.equals(Authority.UWV) ? 1 : a.code().compareTo(b.code()))
                .toList();
    }

    /** The loaded authority a caller names: UWV, a loaded municipality's code, or the alias MUNICIPALITY. */
    public Optional<Authority> authority(String name) {
        return Authority.parse(name).filter(authorities::containsKey);
    }

    /** The names a caller may use for an authority: each loaded authority's code, and the alias. */
    public List<String> acceptedNames() {
        List<String> names = new ArrayList<>(List.of(Authority.UWV.code(), Authority.MUNICIPALITY_ALIAS));
        authorities().stream().filter(Authority::isMunicipality).map(Authority::code).forEach(names::add);
        return names;
    }

    /**
     * @throws IllegalArgumentException if no policy is loaded for the authority; callers validate names first
     */
    public AuthorityPolicy of(Authority authority) {
        AuthorityPolicy policy = authorities.get(authority);
        if (policy == null) {
            throw new IllegalArgumentException("no policy is loaded for " + authority.code());
        }
        return policy;
    }

    /** The gateway's own texts, which every answer shares with the authorities' own. */
    public GatewayTexts texts() {
        return texts;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Rule> rules(Authority authority) {
        return of(authority).rules();
    }

    public LeadTimePolicy leadTimes() {
        return leadTimes;
    }

    public RecordingPolicy recording() {
        return recording;
    }

    public UsagePolicy usage() {
        return usage;
    }
}
