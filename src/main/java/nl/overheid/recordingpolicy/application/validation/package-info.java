/**
 * Bean Validation constraints for request values that arrive as text from either protocol: enumeration
 * names, ISO dates and booleans. Parsing is defensive here so that {@code Medium.valueOf(userInput)} can never
 * become a 500 further on.
 */
package nl.overheid.recordingpolicy.application.validation;
