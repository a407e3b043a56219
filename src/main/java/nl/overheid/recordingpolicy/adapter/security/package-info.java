/**
 * Security at the edge, for both adapters: the authenticated caller as WildFly Elytron established it
 * ({@link nl.overheid.recordingpolicy.adapter.security.ElytronCallers}), and the answer to a request that Elytron or
 * the servlet container refused before any adapter ran ({@link nl.overheid.recordingpolicy.adapter.security.AccessProblemServlet}).
 * The realm itself, which runs in the server and not in the deployment, is in the {@code realm} subpackage.
 */
package nl.overheid.recordingpolicy.adapter.security;
