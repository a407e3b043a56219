/**
 * What the JSON adapters (REST and AuthZEN) share about a request body before they parse it.
 */
package nl.overheid.recordingpolicy.adapter.json;
