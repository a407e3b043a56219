package nl.overheid.recordingpolicy.application.security;

/** The operation needs an authenticated caller and the call had no (valid) credentials: 401 / a SOAP Client fault. */
public class AuthenticationRequiredException extends RuntimeException {

    public AuthenticationRequiredException() {
        super("This operation needs an authenticated caller.");
    }
}
