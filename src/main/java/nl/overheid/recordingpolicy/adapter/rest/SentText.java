package nl.overheid.recordingpolicy.adapter.rest;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request body's fields as the edge parser (adapter.question) takes them: as text. A value the generated model
 * holds is printed from it; one it could not hold (see {@link RequestBodyModel}) is the text the caller sent, so that
 * the parser rejects it with the reason SOAP gives.
 */
final class SentText {

    private static final String ATTRIBUTE = SentText.class.getName();

    private final Map<String, String> unfit;

    private SentText(Map<String, String> unfit) {
        this.unfit = unfit;
    }

    static void remember(HttpServletRequest request, Map<String, String> unfit) {
        request.setAttribute(ATTRIBUTE, unfit);
    }

    @SuppressWarnings("unchecked")
    static SentText of(HttpServletRequest request) {
        Object unfit = request.getAttribute(ATTRIBUTE);
        return new SentText(unfit == null ? Map.of() : (Map<String, String>) unfit);
    }

    /** @param typed the model's value of the field (an enumeration prints as its contract value) */
    String text(String field, Object typed) {
        String sent = unfit.get(field);
        if (sent != null) {
            return sent;
        }
        return typed == null ? null : typed.toString();
    }
}
