package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.adapter.policyfile.GatewayTextsFile;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;

/** The names (in the gateway's texts) appear in messages to citizens and officials, so they are part of the contract. */
class NonWorkingDayReasonTest {

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # reason          | Dutch name                      | English name          | weekend
            SATURDAY          | zaterdag                        | Saturday              | true
            SUNDAY            | zondag                          | Sunday                | true
            NEW_YEARS_DAY     | Nieuwjaarsdag                   | New Year's Day        | false
            GOOD_FRIDAY       | Goede Vrijdag                   | Good Friday           | false
            EASTER_MONDAY     | tweede Paasdag                  | Easter Monday         | false
            KINGS_DAY         | Koningsdag                      | King's Day            | false
            LIBERATION_DAY    | Bevrijdingsdag                  | Liberation Day        | false
            ASCENSION_DAY     | Hemelvaartsdag                  | Ascension Day         | false
            WHIT_MONDAY       | tweede Pinksterdag              | Whit Monday           | false
            CHRISTMAS_DAY     | eerste Kerstdag                 | Christmas Day         | false
            BOXING_DAY        | tweede Kerstdag                 | Boxing Day            | false
            EQUATED_BY_DECREE | bij besluit gelijkgestelde dag  | day equated by decree | false
            """)
    void everyReasonHasADutchAndAnEnglishName(NonWorkingDayReason reason, String dutch, String english,
                                              boolean weekend) {
        assertEquals(new BilingualText(dutch, english), GatewayTextsFile.shipped().name(reason));
        assertEquals(weekend, reason.isWeekend());
    }
}
