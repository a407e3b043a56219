/** JSON shapes of openapi/openapi.json, as records; field names exactly as in the contract. */
package nl.overheid.recordingpolicy.adapter.rest.dto;
