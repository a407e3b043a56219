package nl.overheid.recordingpolicy.adapter.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The identity a signing certificate names: its subject's CN, when it has exactly one. */
class SignerNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CN=case-system                                  | case-system",
            "CN=case-system, O=Gemeente Testdorp, C=NL       | case-system",
            "C=NL, O=UWV, OU=Zaaksystemen, CN=zaaksysteem-wia | zaaksysteem-wia",
            "CN=zaak\\, systeem, O=UWV                        | 'zaak, systeem'",
            "SERIALNUMBER=00000001234567890000, CN=case-system, O=UWV | case-system"})
    void theCommonNameIsTheIdentity(String subject, String identity) {
        assertEquals(Optional.of(identity), RequestSignatures.commonName(new X500Principal(subject)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "O=Gemeente Testdorp, C=NL",
            "CN=case-system, CN=auditor, O=UWV"})
    void noCommonNameOrTwoNameNoIdentity(String subject) {
        assertEquals(Optional.empty(), RequestSignatures.commonName(new X500Principal(subject)));
    }
}
