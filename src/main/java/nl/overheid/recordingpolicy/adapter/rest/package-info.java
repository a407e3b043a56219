/**
 * REST adapter for citizen and employee portals: resources under {@code /api/v1} matching the hand-written
 * contract in {@code openapi/openapi.json} (served unchanged at {@code /api/v1/openapi.json}). Translation only:
 * request JSON into the application's input records, answers into DTOs; errors are RFC 9457 problem details.
 */
package nl.overheid.recordingpolicy.adapter.rest;
