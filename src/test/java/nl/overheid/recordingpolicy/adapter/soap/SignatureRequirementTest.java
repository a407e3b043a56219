package nl.overheid.recordingpolicy.adapter.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** gateway.soap.signature: optional unless the operator says required; anything else stops the deployment. */
class SignatureRequirementTest {

    @ParameterizedTest
    @CsvSource({
            "optional,   OPTIONAL",
            "required,   REQUIRED",
            "REQUIRED,   REQUIRED",
            "' Required ', REQUIRED",
            "Optional,   OPTIONAL"})
    void theOperatorsWordIsTaken(String setting, SignatureRequirement expected) {
        assertEquals(expected, SignatureRequirement.parse(Optional.of(setting)));
    }

    @org.junit.jupiter.api.Test
    void unsetMeansOptionalSoThatUnsignedCallersKeepWorking() {
        assertEquals(SignatureRequirement.OPTIONAL, SignatureRequirement.parse(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "true", "signed", "2W-be-S"})
    void anyOtherValueIsRefusedNamingTheSetting(String setting) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SignatureRequirement.parse(Optional.of(setting)));
        assertTrue(refused.getMessage().contains("gateway.soap.signature") && refused.getMessage().contains(setting),
                refused.getMessage());
    }
}
