/**
 * Answers as the gateway gives them, with the contracts' field names: what REST returns as JSON, what the
 * decision log stores as the response, and what an idempotent retry gets back. SOAP maps the same answers onto
 * the generated message classes.
 */
package nl.overheid.recordingpolicy.application.view;
