package nl.overheid.recordingpolicy.adapter.rest.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The gateway's own trouble: the cause goes to the server log under an id; the caller gets only the id. */
final class Incidents {

    private Incidents() {
    }

    /** @return the incident id, to quote in the answer */
    static String log(Logger log, Throwable cause, String what) {
        String incident = UUID.randomUUID().toString();
        log.log(Level.SEVERE, cause, () -> "Incident " + incident + ": " + what);
        return incident;
    }
}
