/**
 * REST adapter for citizen and employee portals: resources under {@code /api/v1} implementing the JAX-RS interfaces
 * generated from the hand-written contract {@code openapi/openapi.json} (served unchanged at
 * {@code /api/v1/openapi.json}). Translation only: the generated request models into the questions as received
 * (parsed by adapter.question), answers into the generated models; errors are RFC 9457 problem details.
 */
package nl.overheid.recordingpolicy.adapter.rest;
