/**
 * How a use case says no, the same for every use case and every protocol: input it refuses
 * ({@link nl.overheid.recordingpolicy.application.failure.InvalidInputException}, each field with a reason worded
 * from the catalogue by {@link nl.overheid.recordingpolicy.application.failure.ReasonTexts}), a conflict with what
 * is stored, a store that cannot be reached.
 */
package nl.overheid.recordingpolicy.application.failure;
