/**
 * Who may do what with consent requests and the decision log. Authentication is WildFly Elytron's (the adapters
 * turn its security identity into a {@link nl.overheid.recordingpolicy.application.security.Caller}); the rules
 * here decide, per request, whether that caller may see or change it. A caller that may not see a request is told
 * it does not exist, exactly as for a reference that was never issued.
 */
package nl.overheid.recordingpolicy.application.security;
