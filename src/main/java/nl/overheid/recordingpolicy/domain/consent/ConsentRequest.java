package nl.overheid.recordingpolicy.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Reason;
import nl.overheid.recordingpolicy.domain.Refusal;
import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.AuthorityPolicy;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.Decision;
import nl.overheid.recordingpolicy.domain.policy.GatewayText;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.RecordingConsentTerms;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * A citizen's request for consent, from submission to its final status. Immutable: every transition returns a
 * new request with one more {@link StatusChange} in its history, so the history is the audit trail and a request
 * handed out can never change under its holder.
 *
 * <pre>
 *   submit ──► SUBMITTED ─┬─decide──► GRANTED | DENIED      (grantor)
 *          │               ├─withdraw─► WITHDRAWN            (requester)
 *          │               └─expire──► EXPIRED               (system; recording only, after the conversation)
 *          └─► LATE ───────── the same three ways out        (recording asked after the lead-time deadline)
 * </pre>
 *
 * <p>A LATE request is still a request ("U kunt de toestemming uiterlijk 5 werkdagen voor het gesprek bij ons
 * aanvragen" sets when a request is handled in time, it forbids no later one): only its handling before the
 * conversation is not guaranteed.
 *
 * <p>Two clocks are passed in, never read: {@code now} (an {@link Instant}) stamps the history, {@code today} (a
 * date in the Netherlands) decides whether the conversation has passed. Which time zone makes "today" is the
 * adapter's business; the domain only compares dates, as the rules do.
 */
public final class ConsentRequest {

    private final String reference;
    private final ConsentApplication application;
    private final ConsentGrantor consentGrantor;
    private final Optional<LeadTime> leadTime;
    private final ConsentStatus status;
    private final List<StatusChange> history;
    /** The gateway's texts the request explains itself with; not part of the request's identity. */
    private final GatewayTexts texts;
    private final BilingualText explanation;

    private ConsentRequest(String reference, ConsentApplication application, ConsentGrantor consentGrantor,
                           Optional<LeadTime> leadTime, ConsentStatus status, List<StatusChange> history,
                           GatewayTexts texts) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.application = Objects.requireNonNull(application, "application");
        this.consentGrantor = Objects.requireNonNull(consentGrantor, "consentGrantor");
        this.leadTime = Objects.requireNonNull(leadTime, "leadTime");
        this.status = Objects.requireNonNull(status, "status");
        this.history = List.copyOf(Objects.requireNonNull(history, "history"));
        this.texts = Objects.requireNonNull(texts, "texts");
        if (!ConsentReferences.isWellFormed(reference)) {
            // The reference is the only handle on a request that stores no identity; a guessable one would expose it.
            throw new IllegalArgumentException("reference must come from ConsentReferences.newReference()");
        }
        checkKind();
        checkHistory();
        this.explanation = StatusExplanation.of(this, status, texts);
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Takes in a citizen's request, if the rules have a consent to give for it.
     *
     * @param reference a fresh {@link ConsentReferences#newReference()}; the caller makes it so that it can store
     *                  the request under the same key in one go
     * @throws ConsentNotApplicableException when no consent is needed or consent cannot lift a ban; its
     *                                       {@code field()} names the field of the application at fault
     */
    public static ConsentRequest submit(ConsentApplication application, String reference, PolicySet policies,
                                        Instant now) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(now, "now");
        return switch (application.kind()) {
            case RECORDING -> submitRecording(application, reference, policies, now);
            case PUBLICATION -> submitPublication(application, reference, policies, now);
        };
    }

    /**
     * Rebuilds a request from stored fields, e.g. in a persistence adapter. The same invariants as for a live
     * request are checked, history included, so a corrupted row fails here and not halfway through a transition.
     * The grantor and the lead time are taken as stored, not recomputed: they are what the rules said when the
     * request was submitted, and a later policy version must not rewrite them.
     *
     * @param texts the gateway's texts the request explains itself with ({@link PolicySet#texts()})
     * @throws IllegalArgumentException when the fields contradict each other or the lifecycle
     */
    public static ConsentRequest restore(String reference, ConsentApplication application, ConsentGrantor consentGrantor,
                                         Optional<LeadTime> leadTime, ConsentStatus status, List<StatusChange> history,
                                         GatewayTexts texts) {
        return new ConsentRequest(reference, application, consentGrantor, leadTime, status, history, texts);
    }

    private static ConsentRequest submitRecording(ConsentApplication application, String reference, PolicySet policies,
                                                  Instant now) {
        RecordingConsentTerms terms = requireRecordingApplies(application, policies);
        requireListedChannel(application, terms.channels(), application.medium(), policies.texts());
        // The policy's own lead-time answer: the same calendar and the same working days (e.g. UWV-VIDEO-LEAD-TIME)
        // as every other answer of the gateway, so a request can never disagree with the advice the citizen got.
        LeadTime timing = policies.leadTimes()
                .answer(application.authority(), application.medium(), Optional.of(application.conversationDate()),
                        application.requestDate())
                .assessment().timing()
                .orElseThrow(() -> new IllegalStateException("the lead-time policy gave no deadline for "
                        + application.medium() + " at " + application.authority()));
        StatusChange submission = timing.onTime()
                ? new StatusChange(null, ConsentStatus.SUBMITTED, now, Actor.REQUESTER, Optional.empty())
                // Still a request the grantor may decide: the lead time says by when handling in time is
                // assured, not that a later request is void.
                : new StatusChange(null, ConsentStatus.LATE, now, Actor.REQUESTER, Optional.of(
                        "requested on " + timing.requestDate() + ", after the deadline of " + timing.deadline()));
        return new ConsentRequest(reference, application, terms.grantor(), Optional.of(timing), submission.to(),
                List.of(submission), policies.texts());
    }

    private static RecordingConsentTerms requireRecordingApplies(ConsentApplication application, PolicySet policies) {
        Authority authority = application.authority();
        Medium medium = application.medium();
        AuthorityPolicy policy = policies.of(authority);
        Optional<RecordingConsentTerms> terms = policy.recordingConsent(medium);
        if (terms.isEmpty()) {
            // Where no medium needs consent, the authority is what the requester got wrong; else the medium.
            throw policy.needsRecordingConsentForSomeMedium()
                    ? new ConsentNotApplicableException("medium",
                            Refusal.of(FieldReason.NO_CONSENT_NEEDED_TO_RECORD, medium, authority),
                            policy.recordingConsentNotNeeded())
                    : new ConsentNotApplicableException("authority", authority.isMunicipality()
                            ? Refusal.of(FieldReason.NO_CONSENT_TO_RECORD_AT_A_MUNICIPALITY)
                            : Refusal.of(FieldReason.NO_CONSENT_TO_RECORD_AT, authority.code()),
                            policy.recordingConsentNotNeeded());
        }
        if (application.usage().isPresent()) {
            throw new ConsentNotApplicableException("usage", Refusal.of(FieldReason.USAGE_OF_A_RECORDING_REQUEST),
                    policies.texts().text(GatewayText.RECORDING_REQUEST_NAMES_NO_USAGE));
        }
        return terms.get();
    }

    /**
     * A request counts only through a channel the authority's policy file lists for it: the rules name where to ask
     * (UWV: "via een bericht in Mijn UWV, een chat of telefonisch"), and Mijn UWV is no municipality's channel.
     *
     * @param consentFor the medium to record or the usage, as the refusal names it
     */
    private static void requireListedChannel(ConsentApplication application, List<String> listed, Object consentFor,
                                             GatewayTexts texts) {
        if (!application.channel().listedIn(listed)) {
            Authority authority = application.authority();
            Reason reason = switch (application.kind()) {
                case RECORDING -> authority.isMunicipality() ? FieldReason.CHANNEL_TO_RECORD_AT_A_MUNICIPALITY
                        : FieldReason.CHANNEL_TO_RECORD;
                case PUBLICATION -> authority.isMunicipality() ? FieldReason.CHANNEL_TO_USE_AT_A_MUNICIPALITY
                        : FieldReason.CHANNEL_TO_USE;
            };
            throw new ConsentNotApplicableException("channel", Refusal.of(reason, authority.code(), consentFor,
                    String.join(", ", listed), application.channel()),
                    texts.fill(GatewayText.CHANNEL_NOT_LISTED, Map.of("channels", Channel.describe(listed, texts))));
        }
    }

    private static ConsentRequest submitPublication(ConsentApplication application, String reference,
                                                    PolicySet policies, Instant now) {
        Usage usage = application.usage().orElseThrow(() -> new ConsentNotApplicableException("usage",
                Refusal.of(FieldReason.USAGE_OF_A_PUBLICATION_REQUEST),
                policies.texts().text(GatewayText.USAGE_TO_NAME)));
        Decision decision = policies.usage().evaluateUse(application.authority(), application.medium(), usage);
        return switch (decision.outcome()) {
            case PERMITTED -> throw new ConsentNotApplicableException("usage",
                    Refusal.of(FieldReason.NO_CONSENT_NEEDED_FOR_USE, usage, application.authority()),
                    policies.texts().text(GatewayText.NO_CONSENT_NEEDED).then(decision.explanation()));
            case NOT_PERMITTED -> throw new ConsentNotApplicableException("usage",
                    Refusal.of(FieldReason.NO_CONSENT_LIFTS_THE_BAN, usage, application.authority()),
                    policies.texts().text(GatewayText.NO_CONSENT_POSSIBLE).then(decision.explanation()));
            case NOT_WANTED -> throw new ConsentNotApplicableException("usage",
                    Refusal.of(FieldReason.NO_CONSENT_FOR_AN_UNWANTED_USE, usage, application.authority()),
                    policies.texts().text(GatewayText.NO_CONSENT_WANTED).then(decision.explanation()));
            case CONSENT_REQUIRED -> {
                requireListedChannel(application, policies.of(application.authority()).publicationChannels(),
                        usage, policies.texts());
                // Who decides comes from the usage rules: UWV at UWV, the employee at a municipality.
                ConsentGrantor grantor = decision.consentGrantor().orElseThrow();
                StatusChange submission =
                        new StatusChange(null, ConsentStatus.SUBMITTED, now, Actor.REQUESTER, Optional.empty());
                yield new ConsentRequest(reference, application, grantor, Optional.empty(), ConsentStatus.SUBMITTED,
                        List.of(submission), policies.texts());
            }
        };
    }

    // ---------------------------------------------------------------------------------------- transitions

    /**
     * The grantor's answer, on a request made in time or late alike. A recording request can be decided up to and
     * including the day of the conversation; after that it is effectively EXPIRED, since consent to record a
     * conversation that has taken place means nothing.
     *
     * @throws IllegalTransitionException unless the request is (effectively) open: SUBMITTED or LATE
     */
    public ConsentRequest decide(GrantorDecision decision, Optional<String> reason, LocalDate today, Instant now) {
        Objects.requireNonNull(decision, "decision");
        requireOpen(Transition.DECIDE, today);
        return moveTo(decision.status(), Transition.DECIDE, reason, now);
    }

    /**
     * The requester takes the request back: while it is open and, for a recording, before the conversation has
     * passed (up to and including its day, as for a decision).
     *
     * @throws IllegalTransitionException unless the request is (effectively) open: SUBMITTED or LATE
     */
    public ConsentRequest withdraw(Optional<String> reason, LocalDate today, Instant now) {
        requireOpen(Transition.WITHDRAW, today);
        return moveTo(ConsentStatus.WITHDRAWN, Transition.WITHDRAW, reason, now);
    }

    /**
     * Makes an effective EXPIRED explicit: a recording request still open after its conversation date becomes
     * EXPIRED. Anything else comes back unchanged, as the same instance, so a sweeper may call this on every
     * request as often as it likes and store only what changed ({@code result != request}).
     *
     * <p>Publication requests never expire: consent to publish is typically asked after the conversation, and the
     * rules set no term for the answer, so the passing of a date says nothing about it.
     */
    public ConsentRequest expire(LocalDate today, Instant now) {
        Objects.requireNonNull(now, "now");
        if (status.isOpen() && effectiveStatus(today) == ConsentStatus.EXPIRED) {
            return moveTo(ConsentStatus.EXPIRED, Transition.EXPIRE, Optional.of(
                    "the conversation of " + conversationDate() + " passed without a decision"), now);
        }
        return this;
    }

    /**
     * The status as of {@code today}: EXPIRED for a request that {@link Expiry} says has expired, whether or not
     * {@link #expire} has run yet; otherwise the stored status.
     */
    public ConsentStatus effectiveStatus(LocalDate today) {
        return new Expiry(today).applies(status, kind(), conversationDate()) ? ConsentStatus.EXPIRED : status;
    }

    private void requireOpen(Transition attempted, LocalDate today) {
        ConsentStatus current = effectiveStatus(today);
        if (!current.isOpen()) {
            throw new IllegalTransitionException(current, attempted,
                    "cannot " + attempted.verb() + " a consent request that is " + current + ": " + whyClosed(current));
        }
    }

    private String whyClosed(ConsentStatus current) {
        return switch (current) {
            case GRANTED, DENIED -> "it has already been decided";
            case WITHDRAWN -> "the requester has withdrawn it";
            case EXPIRED -> status == ConsentStatus.EXPIRED
                    ? "it has expired"
                    : "its conversation on " + conversationDate() + " has passed without a decision";
            case SUBMITTED, LATE -> throw new IllegalStateException(current + " is open");
        };
    }

    private ConsentRequest moveTo(ConsentStatus to, Transition transition, Optional<String> reason, Instant now) {
        List<StatusChange> next = new ArrayList<>(history);
        next.add(new StatusChange(status, to, now, transition.actor(), reason));
        return new ConsentRequest(reference, application, consentGrantor, leadTime, to, next, texts);
    }

    // ----------------------------------------------------------------------------------------- invariants

    private void checkKind() {
        switch (kind()) {
            case RECORDING -> {
                if (usage().isPresent()) {
                    throw new IllegalArgumentException("a recording request names no usage");
                }
                LeadTime timing = leadTime.orElseThrow(() ->
                        new IllegalArgumentException("a recording request has a lead time"));
                if (!timing.conversationDate().equals(conversationDate()) || !timing.requestDate().equals(requestDate())) {
                    throw new IllegalArgumentException("the lead time was computed for another conversation or request date");
                }
            }
            case PUBLICATION -> {
                if (usage().isEmpty()) {
                    throw new IllegalArgumentException("a publication request names a usage");
                }
                if (leadTime.isPresent()) {
                    throw new IllegalArgumentException("a publication request has no lead time");
                }
            }
        }
    }

    /**
     * The history must be a path through the lifecycle: a submission (LATE exactly when the lead time was missed)
     * by the requester, then at most steps that each start where the previous ended, leave an open status and are made
     * by the actor the transition belongs to. Timestamps are not required to increase: clocks of different nodes
     * drift, and a skew of a second must not make a valid request unreadable.
     */
    private void checkHistory() {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history starts with the submission");
        }
        StatusChange first = history.get(0);
        ConsentStatus entered = leadTime.map(LeadTime::onTime).orElse(true) ? ConsentStatus.SUBMITTED : ConsentStatus.LATE;
        if (!first.isSubmission() || first.to() != entered || first.actor() != Actor.REQUESTER) {
            throw new IllegalArgumentException("history must start with null -> " + entered + " by the REQUESTER, was "
                    + first.from() + " -> " + first.to() + " by " + first.actor());
        }
        for (int index = 1; index < history.size(); index++) {
            StatusChange previous = history.get(index - 1);
            StatusChange change = history.get(index);
            if (change.from() != previous.to()) {
                throw new IllegalArgumentException("history entry " + index + " starts at " + change.from()
                        + " but the previous one ended at " + previous.to());
            }
            if (change.from().isFinal()) {
                throw new IllegalArgumentException("history entry " + index + " leaves the final status " + change.from());
            }
            Transition transition = Transition.into(change.to()).orElseThrow(() -> new IllegalArgumentException(
                    "a history entry after the first enters " + change.to() + ", which only a submission can"));
            if (change.actor() != transition.actor()) {
                throw new IllegalArgumentException("history entry " + index + " to " + change.to() + " is made by "
                        + change.actor() + ", not by the " + transition.actor());
            }
            if (change.to() == ConsentStatus.EXPIRED && kind() != ConsentKind.RECORDING) {
                throw new IllegalArgumentException("only a recording request expires");
            }
        }
        ConsentStatus last = history.get(history.size() - 1).to();
        if (status != last) {
            throw new IllegalArgumentException("status " + status + " contradicts the history, which ends at " + last);
        }
    }

    // ------------------------------------------------------------------------------------------ accessors

    public String reference() {
        return reference;
    }

    /** The fields as submitted. */
    public ConsentApplication application() {
        return application;
    }

    public ConsentKind kind() {
        return application.kind();
    }

    public Authority authority() {
        return application.authority();
    }

    public Medium medium() {
        return application.medium();
    }

    /** Present exactly for PUBLICATION. */
    public Optional<Usage> usage() {
        return application.usage();
    }

    public LocalDate conversationDate() {
        return application.conversationDate();
    }

    public Channel channel() {
        return application.channel();
    }

    public String caseReference() {
        return application.caseReference();
    }

    public LocalDate requestDate() {
        return application.requestDate();
    }

    /** Who decides: the employee for a recording and at a municipality, UWV for publication at UWV. */
    public ConsentGrantor consentGrantor() {
        return consentGrantor;
    }

    /** Present exactly for RECORDING. */
    public Optional<LeadTime> leadTime() {
        return leadTime;
    }

    /** The last day on which a recording request was on time; empty for PUBLICATION. */
    public Optional<LocalDate> deadline() {
        return leadTime.map(LeadTime::deadline);
    }

    /** The stored status; see {@link #effectiveStatus} for the status as of a given day. */
    public ConsentStatus status() {
        return status;
    }

    /** Oldest first; unmodifiable. */
    public List<StatusChange> history() {
        return history;
    }

    /** The step that gave the request its stored status (a history always starts with the submission). */
    public StatusChange lastChange() {
        return history.get(history.size() - 1);
    }

    /**
     * The same request, its latest step made by {@code identity}: who acted is known where the caller authenticated,
     * which is outside the domain, so the application names it after the transition.
     */
    public ConsentRequest by(String identity) {
        List<StatusChange> next = new ArrayList<>(history);
        next.set(next.size() - 1, lastChange().by(identity));
        return new ConsentRequest(reference, application, consentGrantor, leadTime, status, next, texts);
    }

    /** The identity that submitted the request, where one did (see {@link StatusChange#actedBy()}). */
    public Optional<String> submittedBy() {
        return history.get(0).actedBy();
    }

    /** Why the request has its stored status, for the citizen. */
    public BilingualText explanation() {
        return explanation;
    }

    /** Why the request has its effective status on {@code today}, for the citizen. */
    public BilingualText explanation(LocalDate today) {
        ConsentStatus effective = effectiveStatus(today);
        return effective == status ? explanation : StatusExplanation.of(this, effective, texts);
    }

    // ----------------------------------------------------------------------------------------- identity

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentRequest that
                && reference.equals(that.reference)
                && application.equals(that.application)
                && consentGrantor == that.consentGrantor
                && leadTime.equals(that.leadTime)
                && status == that.status
                && history.equals(that.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference, application, consentGrantor, leadTime, status, history);
    }

    /**
     * Leaves out the reference and the case reference: the reference is the key to the request and the case
     * reference points at a person's file, and neither belongs in a log line.
     */
    @Override
    public String toString() {
        return "ConsentRequest[" + kind() + " " + authority() + " " + medium() + usage().map(u -> " " + u).orElse("")
                + ", conversation " + conversationDate() + ", " + status + "]";
    }
}
