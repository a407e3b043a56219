package nl.overheid.recordingpolicy.domain.calendar;

/**
 * Why a date is not a working day in the sense of the Algemene termijnenwet.
 *
 * <p>The declaration order of the feasts is also their precedence: when two of them fall on the
 * same date (5 mei 2016 was also Hemelvaartsdag) the calendar reports the one declared first. A
 * statutory feast is reported before an equated day, and any feast before the weekend, because
 * "it is Koningsdag" explains more than "it is a Saturday".
 */
public enum NonWorkingDayReason {
    SATURDAY("zaterdag", "Saturday"),
    SUNDAY("zondag", "Sunday"),
    NEW_YEARS_DAY("Nieuwjaarsdag", "New Year's Day"),
    GOOD_FRIDAY("Goede Vrijdag", "Good Friday"),
    EASTER_MONDAY("tweede Paasdag", "Easter Monday"),
    KINGS_DAY("Koningsdag", "King's Day"),
    LIBERATION_DAY("Bevrijdingsdag", "Liberation Day"),
    ASCENSION_DAY("Hemelvaartsdag", "Ascension Day"),
    WHIT_MONDAY("tweede Pinksterdag", "Whit Monday"),
    CHRISTMAS_DAY("eerste Kerstdag", "Christmas Day"),
    BOXING_DAY("tweede Kerstdag", "Boxing Day"),
    EQUATED_BY_DECREE("bij besluit gelijkgestelde dag", "day equated by decree");

    private final String dutchName;
    private final String englishName;

    NonWorkingDayReason(String dutchName, String englishName) {
        this.dutchName = dutchName;
        this.englishName = englishName;
    }

    /** The name as Dutch law and Dutch-speaking users use it, e.g. "tweede Paasdag". */
    public String dutchName() {
        return dutchName;
    }

    /** The English name, e.g. "Easter Monday". */
    public String englishName() {
        return englishName;
    }

    /** True for the two weekend days, false for the feasts and equated days. */
    public boolean isWeekend() {
        return this == SATURDAY || this == SUNDAY;
    }
}
