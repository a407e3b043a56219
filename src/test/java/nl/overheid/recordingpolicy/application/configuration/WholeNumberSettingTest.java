package nl.overheid.recordingpolicy.application.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An operator's whole-number setting (e.g. the REST body limit): the default when unset, refused when malformed. */
class WholeNumberSettingTest {

    private static final String PROPERTY = "gateway.test.whole-number";
    private static final String ENV = "GATEWAY_TEST_WHOLE_NUMBER_NEVER_SET";

    @AfterEach
    void unset() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void unsetOrBlankIsTheDefault() {
        assertEquals(65_536, GatewayConfiguration.wholeNumberSetting(PROPERTY, ENV, 65_536, 1_024));
        System.setProperty(PROPERTY, "  ");
        assertEquals(65_536, GatewayConfiguration.wholeNumberSetting(PROPERTY, ENV, 65_536, 1_024));
    }

    @Test
    void aWholeNumberIsTaken() {
        System.setProperty(PROPERTY, " 131072 ");
        assertEquals(131_072, GatewayConfiguration.wholeNumberSetting(PROPERTY, ENV, 65_536, 1_024));
    }

    @Test
    void aMalformedOrTooSmallValueIsRefusedNamingTheSetting() {
        System.setProperty(PROPERTY, "64k");
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfiguration.wholeNumberSetting(PROPERTY, ENV, 65_536, 1_024));
        assertTrue(malformed.getMessage().startsWith(PROPERTY + " (" + ENV + ") must be a whole number"), malformed.getMessage());

        System.setProperty(PROPERTY, "512");
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfiguration.wholeNumberSetting(PROPERTY, ENV, 65_536, 1_024));
        assertTrue(small.getMessage().contains("must be at least 1024"), small.getMessage());
    }
}
