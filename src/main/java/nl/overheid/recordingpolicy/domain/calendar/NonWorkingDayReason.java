package nl.overheid.recordingpolicy.domain.calendar;

/**
 * Why a date is not a working day in the sense of the Algemene termijnenwet.
 *
 * <p>The declaration order of the feasts is also their precedence: when two of them fall on the
 * same date (5 mei 2016 was also Hemelvaartsdag) the calendar reports the one declared first. A
 * statutory feast is reported before an equated day, and any feast before the weekend, because
 * "it is Koningsdag" explains more than "it is a Saturday". The names a person reads are among the gateway's
 * texts ({@code not-working-*} in {@code policies/gateway-texts.xml}).
 */
public enum NonWorkingDayReason {
    SATURDAY,
    SUNDAY,
    NEW_YEARS_DAY,
    GOOD_FRIDAY,
    EASTER_MONDAY,
    KINGS_DAY,
    LIBERATION_DAY,
    ASCENSION_DAY,
    WHIT_MONDAY,
    CHRISTMAS_DAY,
    BOXING_DAY,
    EQUATED_BY_DECREE;

    /** True for the two weekend days, false for the feasts and equated days. */
    public boolean isWeekend() {
        return this == SATURDAY || this == SUNDAY;
    }
}
