/**
 * The gateway's settings (system property or environment variable), and what is made from them once: the clock in
 * Europe/Amsterdam and the working-day calendar.
 */
package nl.overheid.recordingpolicy.application.configuration;
