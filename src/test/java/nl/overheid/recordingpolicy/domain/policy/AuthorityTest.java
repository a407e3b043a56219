package nl.overheid.recordingpolicy.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorityTest {

    @ParameterizedTest(name = "{0} is {1}, answered as {2}")
    @CsvSource(textBlock = """
            UWV,          UWV,    UWV
            MUNICIPALITY, GM0000, MUNICIPALITY
            GM0000,       GM0000, MUNICIPALITY
            GM0363,       GM0363, GM0363
            """)
    void aNameIsUwvACbsCodeOrTheAliasOfTheDefaultMunicipality(String name, String code, String answeredAs) {
        Authority authority = Authority.parse(name).orElseThrow();

        assertEquals(code, authority.code());
        assertEquals(answeredAs, authority.name());
        assertEquals(authority.equals(Authority.MUNICIPALITY) ? List.of("MUNICIPALITY") : List.of(), authority.aliases());
    }

    @ParameterizedTest
    @ValueSource(strings = {"uwv", "Municipality", "GM363", "GM03630", "gm0363", "GEMEENTE", "", " UWV"})
    void anythingElseIsNoAuthority(String name) {
        assertEquals(Optional.empty(), Authority.parse(name));
        assertThrows(IllegalArgumentException.class, () -> Authority.of(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MUNICIPALITY", "uwv", "GM12345"})
    void aCodeIsNeverTheAlias(String code) {
        assertThrows(IllegalArgumentException.class, () -> new Authority(code));
    }
}
