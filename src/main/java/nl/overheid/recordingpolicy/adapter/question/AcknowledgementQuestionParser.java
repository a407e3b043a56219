package nl.overheid.recordingpolicy.adapter.question;

import static nl.overheid.recordingpolicy.adapter.question.ValidatedText.date;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.acknowledgement.AcknowledgementQuestions;
import nl.overheid.recordingpolicy.application.acknowledgement.FormLanguage;
import nl.overheid.recordingpolicy.adapter.question.validation.BooleanTexts;
import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementReference;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/**
 * The acknowledgement questions as received, validated field by field and then made typed (see
 * {@link DecisionQuestionParser} for why every check, the policy-aware ones too, runs here in one pass).
 */
@ApplicationScoped
public class AcknowledgementQuestionParser {

    private InputValidator validator;

    protected AcknowledgementQuestionParser() {
        // for CDI proxies
    }

    @Inject
    public AcknowledgementQuestionParser(InputValidator validator) {
        this.validator = validator;
    }

    public AcknowledgementQuestions.Register register(AcknowledgementInputs.Register input) {
        validator.valid(input);
        return new AcknowledgementQuestions.Register(Authority.of(input.authority()), input.caseReference(),
                date(input.date()), input.clientName(), input.employeeName(),
                BooleanTexts.parse(input.signedByClient()), BooleanTexts.parse(input.signedByEmployee()));
    }

    public AcknowledgementQuestions.Lookup lookup(AcknowledgementInputs.Lookup input) {
        validator.valid(input);
        return new AcknowledgementQuestions.Lookup(new AcknowledgementReference(input.reference()));
    }

    public AcknowledgementQuestions.Find find(AcknowledgementInputs.Find input) {
        validator.valid(input);
        return new AcknowledgementQuestions.Find(input.caseReference());
    }

    public AcknowledgementQuestions.EmptyForm emptyForm(AcknowledgementInputs.EmptyForm input) {
        validator.valid(input);
        return new AcknowledgementQuestions.EmptyForm(Authority.of(input.authority()), language(input.lang()));
    }

    public AcknowledgementQuestions.FilledForm filledForm(AcknowledgementInputs.FilledForm input) {
        validator.valid(input);
        return new AcknowledgementQuestions.FilledForm(new AcknowledgementReference(input.reference()),
                language(input.lang()));
    }

    private static Optional<FormLanguage> language(String validated) {
        return Optional.ofNullable(validated).flatMap(FormLanguage::ofTag);
    }
}
