package nl.overheid.recordingpolicy.adapter.json;

/**
 * How deep a JSON text nests its arrays and objects, counted before it is parsed. JSON-P refuses more than 1,000
 * levels with a bare RuntimeException, which would surface as a 500; the REST and AuthZEN adapters refuse deeper
 * bodies first, as the caller's error. One linear pass over the characters, brackets inside strings not counted.
 */
public final class JsonNesting {

    private JsonNesting() {
    }

    /** Whether {@code text} opens more than {@code max} arrays or objects inside one another. */
    public static boolean deeperThan(String text, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }
}
