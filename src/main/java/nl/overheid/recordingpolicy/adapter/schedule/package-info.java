/** Time-triggered adapter: runs the consent-request expiry on a managed scheduled executor. */
package nl.overheid.recordingpolicy.adapter.schedule;
