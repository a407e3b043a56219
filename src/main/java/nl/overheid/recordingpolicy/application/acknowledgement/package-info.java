/**
 * The acknowledgements of the municipal rules: registered against a case by a case system or a consent officer of
 * the authority, read back and listed by the roles that may see them, and printed as a form (empty or filled).
 */
package nl.overheid.recordingpolicy.application.acknowledgement;
