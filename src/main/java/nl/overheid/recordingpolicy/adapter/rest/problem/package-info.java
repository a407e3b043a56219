/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}) with {@code status}, {@code title},
 * {@code detail} and, for bad input, {@code invalidParams}. No class names, no stack traces.
 */
package nl.overheid.recordingpolicy.adapter.rest.problem;
