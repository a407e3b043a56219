package nl.overheid.recordingpolicy.adapter.policyfile;

/** A policy file that cannot be used: the message names the file and, where known, the line. */
public final class PolicyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PolicyFileException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem, cause);
    }

    PolicyFileException(String file, int line, String problem) {
        this(file, line, problem, null);
    }
}
