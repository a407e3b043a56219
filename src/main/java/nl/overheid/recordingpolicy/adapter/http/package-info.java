/**
 * What applies to every HTTP request before either protocol adapter sees it: the per-caller rate limit
 * ({@link nl.overheid.recordingpolicy.adapter.http.RateLimitFilter}) in front of /api/* and /soap/*.
 */
package nl.overheid.recordingpolicy.adapter.http;
