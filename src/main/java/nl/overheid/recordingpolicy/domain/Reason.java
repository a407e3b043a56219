package nl.overheid.recordingpolicy.domain;

import java.util.List;

/**
 * Why a field is refused, as a key of the catalogue {@code ValidationMessages*.properties} (English and Dutch) and the
 * names of the values its text takes ({@code {max}}). The code names a reason; the catalogue holds its words, and
 * {@code application.failure.ReasonTexts} looks them up. The domain refuses fields too ({@link RejectedFieldException})
 * and must stay free of texts, resource bundles and Jakarta, so it can name a reason but not word it. Each layer lists
 * its own: {@link FieldReason} here, {@code application.failure.ApplicationReason} and
 * {@code adapter.question.EnvelopeReason}; ValidationMessagesTest proves that the catalogue has every key of the three
 * in both languages with exactly their values.
 *
 * <p>A text follows the field's name ("is required", "must be ..."), as the answers list them; a few consent-request
 * refusals are whole clauses ("a municipality needs no consent to record"), as they were when written in the code.
 */
public interface Reason {

    /** The key in the catalogue. */
    String key();

    /** The names of the values the text takes ({@code {max}}), in the order they are given. */
    List<String> parameters();
}
