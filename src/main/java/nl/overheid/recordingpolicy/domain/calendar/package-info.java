/**
 * The working-day calendar of the Dutch <em>Algemene termijnenwet</em> (Atw), and the lead-time
 * rule built on it: "a recording must be asked for at the latest N working days before the
 * conversation".
 *
 * <p>What lives here:
 * <ul>
 *   <li>{@link nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar}: Monday&ndash;Friday
 *       minus the days of Atw art. 3 &ndash; lid 1 (Nieuwjaarsdag, tweede Paasdag, Koningsdag,
 *       5 mei, Hemelvaartsdag, tweede Pinksterdag, both Christmas days), lid 2 (Goede Vrijdag) and
 *       lid 3 (days equated by decree). Movable feasts are computed for any year from Easter, so
 *       the calendar never runs out; only the lid-3 days are data.</li>
 *   <li>{@link nl.overheid.recordingpolicy.domain.calendar.EquatedDays}: the lid-3 days. They are
 *       decided a few years at a time by royal decree, so they ship as a text resource
 *       ({@code equated-days.txt}, each decree cited, with the years it covers) and can be extended by
 *       configuration without a rebuild; reading that configuration is the caller's job, this package
 *       only parses what it is handed. A year no known decree covers makes a deadline counted through
 *       it provisional ({@link nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar#yearsWithoutDecree}).</li>
 *   <li>{@link nl.overheid.recordingpolicy.domain.calendar.NonWorkingDayReason}: why a day does not
 *       count, with its Dutch and English name for messages to citizens and officials.</li>
 *   <li>{@link nl.overheid.recordingpolicy.domain.calendar.LeadTime}: the outcome of one lead-time
 *       check (deadline, on time or late, conversation in the past or on a non-working day).</li>
 * </ul>
 *
 * <p>Plain Java on purpose: no framework imports, so the rule can be unit-tested and benchmarked
 * without a container and reused by both the SOAP and the REST side. All public types are
 * immutable and thread-safe.
 */
package nl.overheid.recordingpolicy.domain.calendar;
