/**
 * Bean Validation constraints for request values that arrive as text from any protocol: enumeration names, ISO
 * dates, date-times and booleans, whole numbers, and the checks that need the loaded policies. They run at the edge
 * (InputValidator) before a parser converts the text, so that {@code Medium.valueOf(userInput)} can never become a
 * 500 further on.
 */
package nl.overheid.recordingpolicy.adapter.question.validation;
