/**
 * The edge where every adapter's questions are parsed: the text each protocol received, validated field by field
 * (Bean Validation, so REST, SOAP and AuthZEN refuse bad input with the same field names and reasons), becomes the
 * typed question of the application layer (enumerations, dates, an authority, consent references). Nothing past this
 * package sees a value that still has to be parsed.
 */
package nl.overheid.recordingpolicy.adapter.question;
