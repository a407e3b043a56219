/**
 * What the JSON adapters (REST and AuthZEN) share: the nesting limit of a request body before they parse it, and the
 * one JSON-B instance that writes their answers and the records the gateway keeps ({@link JsonbRecordJson}).
 */
package nl.overheid.recordingpolicy.adapter.json;
