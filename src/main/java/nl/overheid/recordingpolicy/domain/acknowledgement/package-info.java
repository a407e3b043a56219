/**
 * The acknowledgement at the end of the municipal rules: a form with the date, the client's and the employee's name
 * and whether each signed. Which authorities have the form is read from their policy ({@link
 * nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementForm}); no decision depends on it.
 */
package nl.overheid.recordingpolicy.domain.acknowledgement;
