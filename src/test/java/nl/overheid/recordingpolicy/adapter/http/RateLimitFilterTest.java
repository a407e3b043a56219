package nl.overheid.recordingpolicy.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class RateLimitFilterTest {

    private static HttpServletRequest request(Principal principal, String address) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass0(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "getRemoteAddr" -> address;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ClassLoader getClass0() {
        return RateLimitFilterTest.class.getClassLoader();
    }

    @Test
    void theCallerIsThePrincipalWhenThereIsOne() {
        assertEquals("principal:case-system", RateLimitFilter.caller(request(() -> "case-system", "10.0.0.1")));
    }

    @Test
    void anAnonymousCallerIsItsAddress() {
        assertEquals("address:10.0.0.1", RateLimitFilter.caller(request(null, "10.0.0.1")));
    }

    @Test
    void aPrincipalNamedLikeAnAddressIsNotThatAddress() {
        assertEquals("principal:10.0.0.1", RateLimitFilter.caller(request(() -> "10.0.0.1", "10.0.0.2")));
    }

    @Test
    void theLimitIsOffUnlessSetAndAMalformedOneIsRefused() {
        assertEquals(0, RateLimitFilter.perSecond(null));
        assertEquals(0, RateLimitFilter.perSecond("0"));
        assertEquals(50, RateLimitFilter.perSecond(" 50 "));
        assertThrows(IllegalArgumentException.class, () -> RateLimitFilter.perSecond("-1"));
        assertThrows(IllegalArgumentException.class, () -> RateLimitFilter.perSecond("lots"));
    }
}
