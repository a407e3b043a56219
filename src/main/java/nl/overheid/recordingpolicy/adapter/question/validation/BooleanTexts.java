package nl.overheid.recordingpolicy.adapter.question.validation;

/** The lexical space of xs:boolean: true, false, 1, 0. */
public final class BooleanTexts {

    private BooleanTexts() {
    }

    /** @return the value, or {@code null} when the text is not a boolean */
    public static Boolean parse(String text) {
        return switch (text) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
