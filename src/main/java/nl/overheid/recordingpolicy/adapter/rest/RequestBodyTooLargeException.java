package nl.overheid.recordingpolicy.adapter.rest;

/** A request body larger than {@link RequestBodyLimit}: answered 413, the rest of the body left unread. */
public class RequestBodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public RequestBodyTooLargeException(int limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
