package nl.overheid.recordingpolicy.application.security;

/**
 * An authenticated caller whose role does not allow the operation: 403 / a SOAP Client fault. Only raised where the
 * caller may already see what it acts on; otherwise the answer is "not found".
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
