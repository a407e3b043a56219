package nl.overheid.recordingpolicy.adapter.policyfile;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.overheid.recordingpolicy.application.configuration.GatewayConfiguration;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/** The policy set the gateway answers with: the shipped policy files and those in the configured directory. */
@ApplicationScoped
public class LoadedPolicies {

    /** A directory of further policy files (one {@code *.xml} per municipality), as system property or environment variable. */
    public static final String DIRECTORY_PROPERTY = "gateway.policies.dir";
    public static final String DIRECTORY_ENV = "GATEWAY_POLICIES_DIR";

    private static final Logger LOG = Logger.getLogger(LoadedPolicies.class.getName());

    // @Singleton, not @ApplicationScoped: PolicySet is immutable and final (no proxy). A file that cannot be used
    // fails the deployment: better no gateway than one that answers with half a policy.
    @Produces
    @Singleton
    PolicySet policySet(WorkingDayCalendar calendar) {
        Optional<Path> directory = GatewayConfiguration.setting(DIRECTORY_PROPERTY, DIRECTORY_ENV).map(Path::of);
        PolicySet policies = PolicyFiles.load(calendar, directory);
        LOG.info(() -> "Policies loaded for " + policies.authorities().stream().map(a -> a.code()).toList()
                + directory.map(d -> " (with the files in " + d + ")").orElse(""));
        return policies;
    }
}
