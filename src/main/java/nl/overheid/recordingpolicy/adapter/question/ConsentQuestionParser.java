package nl.overheid.recordingpolicy.adapter.question;

import static nl.overheid.recordingpolicy.adapter.question.ValidatedText.date;
import static nl.overheid.recordingpolicy.adapter.question.ValidatedText.optionalConstant;
import static nl.overheid.recordingpolicy.adapter.question.ValidatedText.optionalDate;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.consent.ConsentQuestions;
import nl.overheid.recordingpolicy.adapter.question.validation.DateTimesWithOffset;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentReference;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The consent requests' questions as received, validated field by field and then made typed (see
 * {@link DecisionQuestionParser} for why every check, the policy-aware ones too, runs here in one pass).
 */
@ApplicationScoped
public class ConsentQuestionParser {

    static final int FIRST_PAGE = 1;
    static final int DEFAULT_PAGE_SIZE = 20;

    private InputValidator validator;

    protected ConsentQuestionParser() {
        // for CDI proxies
    }

    @Inject
    public ConsentQuestionParser(InputValidator validator) {
        this.validator = validator;
    }

    public ConsentQuestions.Submit submit(ConsentInputs.Submit input) {
        validator.valid(input);
        return new ConsentQuestions.Submit(ConsentKind.valueOf(input.kind()), Authority.of(input.authority()),
                Medium.valueOf(input.medium()), optionalConstant(Usage.class, input.usage()),
                date(input.conversationDate()), Channel.valueOf(input.channel()), input.caseReference(),
                optionalDate(input.requestDate()));
    }

    public ConsentQuestions.Lookup lookup(ConsentInputs.Lookup input) {
        validator.valid(input);
        return new ConsentQuestions.Lookup(new ConsentReference(input.reference()));
    }

    public ConsentQuestions.Find find(ConsentInputs.Find input) {
        validator.valid(input);
        return new ConsentQuestions.Find(input.caseReference(),
                input.page() == null ? FIRST_PAGE : Integer.parseInt(input.page()),
                input.pageSize() == null ? DEFAULT_PAGE_SIZE : Integer.parseInt(input.pageSize()));
    }

    public ConsentQuestions.Decide decide(ConsentInputs.Decide input) {
        validator.valid(input);
        return new ConsentQuestions.Decide(new ConsentReference(input.reference()),
                GrantorDecision.valueOf(input.decision()), Optional.ofNullable(input.reason()));
    }

    public ConsentQuestions.Contact contact(ConsentInputs.Contact input) {
        validator.valid(input);
        return new ConsentQuestions.Contact(new ConsentReference(input.reference()),
                DateTimesWithOffset.parse(input.contactedAt()).orElseThrow(), Optional.ofNullable(input.note()),
                optionalConstant(Medium.class, input.alternativeMedium()),
                Optional.ofNullable(input.alternativeDescription()));
    }

    public ConsentQuestions.Withdraw withdraw(ConsentInputs.Withdraw input) {
        validator.valid(input);
        return new ConsentQuestions.Withdraw(new ConsentReference(input.reference()), Optional.ofNullable(input.reason()));
    }
}
