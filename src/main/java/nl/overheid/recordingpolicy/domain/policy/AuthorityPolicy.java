package nl.overheid.recordingpolicy.domain.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One authority's published rules and the decision table built on them, as its policy file states them: a line
 * for every medium and for every use of a recording, and the texts that are not tied to one line.
 *
 * @param recordingConsentNotNeeded said to someone who asks consent to record where none is needed
 * @param publicationChannels       the channels through which a request for consent to share or publish a recording
 *                                  is accepted (a request to record goes through its consent terms' channels)
 * @param everyDecision             what the authority says with every decision, whatever the question (the
 *                                  municipality's introduction: take care, possible harm and liability)
 * @param recordingMadeWithoutConsent what a use of a recording is answered with when making it needed consent
 *                                  that was not given (UWV: no secret image recordings); empty where no medium
 *                                  needs consent to record
 * @param platforms                 what a question about a use that publishes adds when it says where: the sentence
 *                                  that names that place, if the text names it
 */
public record AuthorityPolicy(Authority authority, String source, List<Rule> rules, Map<Medium, RecordingRow> recording,
                              Map<Usage, UsageRow> usage, BilingualText recordingConsentNotNeeded,
                              List<String> publicationChannels, List<Step> everyDecision,
                              List<Step> recordingMadeWithoutConsent, Map<Platform, List<Step>> platforms) {

    public AuthorityPolicy {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(source, "source");
        rules = List.copyOf(rules);
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(recordingConsentNotNeeded, "recordingConsentNotNeeded");
        publicationChannels = List.copyOf(publicationChannels);
        if (publicationChannels.isEmpty()) {
            throw new IllegalArgumentException(authority + ": no channel for consent requests to share or publish");
        }
        everyDecision = List.copyOf(everyDecision);
        recordingMadeWithoutConsent = List.copyOf(recordingMadeWithoutConsent);
        platforms = Map.copyOf(platforms);
        for (Medium medium : Medium.values()) {
            if (!recording.containsKey(medium)) {
                throw new IllegalArgumentException(authority + ": the recording table has no line for " + medium);
            }
        }
        for (Usage use : Usage.values()) {
            if (!usage.containsKey(use)) {
                throw new IllegalArgumentException(authority + ": the usage table has no line for " + use);
            }
        }
        for (Rule rule : rules) {
            if (!rule.authority().equals(authority)) {
                throw new IllegalArgumentException(rule.id() + " is a rule of " + rule.authority() + ", not " + authority);
            }
        }
        if (recordingMadeWithoutConsent.isEmpty()
                && recording.values().stream().anyMatch(row -> row.consent().isPresent())) {
            throw new IllegalArgumentException(authority + ": a medium needs consent to record, so the policy must say"
                    + " what a use of a recording made without it is answered with");
        }
        recording = Collections.unmodifiableMap(new EnumMap<>(recording));
        usage = Collections.unmodifiableMap(new EnumMap<>(usage));
    }

    public RecordingRow recording(Medium medium) {
        return recording.get(medium);
    }

    public UsageRow usage(Usage use) {
        return usage.get(use);
    }

    /** What saying where a recording is published adds: nothing where the text does not name the place. */
    public List<Step> platform(Platform platform) {
        return platforms.getOrDefault(platform, List.of());
    }

    /** The consent terms where recording this medium needs consent asked ahead. */
    public Optional<RecordingConsentTerms> recordingConsent(Medium medium) {
        return recording.get(medium).consent();
    }

    /** Whether consent to record is needed for any medium at all at this authority. */
    public boolean needsRecordingConsentForSomeMedium() {
        return recording.values().stream().anyMatch(row -> row.consent().isPresent());
    }
}
