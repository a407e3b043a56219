package nl.overheid.recordingpolicy.application.policyversion;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.failure.ApplicationReason;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.security.QueryAccess;
import nl.overheid.recordingpolicy.application.failure.StoreFailures;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.domain.policy.PolicyContent;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * Past and present policy versions: GET /policy-versions/{id}, and the rules of the version a decision was made
 * with. The rules are as public as the current ones ({@link QueryAccess}).
 */
@ApplicationScoped
public class PolicyVersions {

    private PolicySet current;
    private PolicyArchive archive;
    private PolicyRuleReader reader;
    private QueryAccess access;
    /** Rules by id per archived version: versions are few and never change, so each is read once. */
    private final Map<String, Map<String, Rule>> rulesByVersion = new ConcurrentHashMap<>();

    protected PolicyVersions() {
        // for CDI proxies
    }

    @Inject
    public PolicyVersions(PolicySet current, PolicyArchive archive, PolicyRuleReader reader, QueryAccess access) {
        this.current = current;
        this.archive = archive;
        this.reader = reader;
        this.access = access;
    }

    /**
     * @throws InvalidInputException          when the id cannot be one (64 lowercase hexadecimal characters)
     * @throws PolicyVersionNotFoundException when no version has this id
     */
    public ArchivedPolicy find(String id, Caller caller) {
        access.allow(caller);
        if (!PolicyContent.isId(id)) {
            throw InvalidInputException.of("policyVersionId", ApplicationReason.POLICY_VERSION_ID);
        }
        return StoreFailures.unavailableAsSuch(() -> archive.find(id)).orElseThrow(PolicyVersionNotFoundException::new);
    }

    /**
     * The rules of the version with this id, by rule id: the running policy's own when it is that version, else read
     * from the archive; empty when the version is not known (a record from before the archive).
     */
    public Map<String, Rule> rules(Optional<String> id) {
        if (id.isEmpty()) {
            return Map.of();
        }
        if (id.equals(current.contentId())) {
            return byId(current.rules().stream());
        }
        Map<String, Rule> known = rulesByVersion.get(id.get());
        if (known != null) {
            return known;
        }
        return StoreFailures.unavailableAsSuch(() -> archive.find(id.get()))
                .map(archived -> rulesByVersion.computeIfAbsent(id.get(),
                        key -> byId(reader.rules(archived.content()).stream())))
                .orElse(Map.of());
    }

    private static Map<String, Rule> byId(Stream<Rule> rules) {
        return rules.collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));
    }
}
