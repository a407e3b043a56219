package nl.overheid.recordingpolicy.adapter.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.namespace.QName;

import org.apache.cxf.ws.policy.PolicyEngine;
import org.apache.neethi.All;
import org.apache.neethi.Assertion;
import org.apache.neethi.ExactlyOne;
import org.apache.neethi.Policy;
import org.apache.neethi.builders.PrimitiveAssertion;
import org.junit.jupiter.api.Test;

/**
 * The WSDL's policy offers a signed alternative (2W-be-S) and an empty one (2W-be): the answer is signed exactly when
 * the request met the signed one.
 */
class SignedAnswerSelectorTest {

    private static final QName ASYMMETRIC_BINDING = RequestSignatures.ASYMMETRIC_BINDING;
    private static final QName SIGNED_PARTS = new QName(RequestSignatures.SP, "SignedParts");
    private static final QName WSS10 = new QName(RequestSignatures.SP, "Wss10");

    private final List<Assertion> signed = List.of(new PrimitiveAssertion(ASYMMETRIC_BINDING),
            new PrimitiveAssertion(WSS10), new PrimitiveAssertion(SIGNED_PARTS));
    private final Policy policy = policy(signed);
    private final SignedAnswerSelector selector = new SignedAnswerSelector();

    @Test
    void theAnswerToASignedRequestIsSigned() {
        // a signed request meets both alternatives
        assertEquals(Set.of(ASYMMETRIC_BINDING, WSS10, SIGNED_PARTS), names(selector.selectAlternative(policy,
                engineSupportingEverything(), null, List.of(signed, List.of()), null)));
    }

    @Test
    void theAnswerToAnUnsignedRequestIsNot() {
        assertEquals(Set.of(), names(selector.selectAlternative(policy, engineSupportingEverything(), null,
                List.of(List.of()), null)));
    }

    @Test
    void withoutARequestFaultsAndTheEndpointGetTheMinimalAlternative() {
        assertEquals(Set.of(), names(selector.selectAlternative(policy, engineSupportingEverything(), null, null, null)));
    }

    @Test
    void aRequestThatMetOnlyPartOfTheSignedAlternativeGetsNoSignedAnswer() {
        assertEquals(Set.of(), names(selector.selectAlternative(policy, engineSupportingEverything(), null,
                List.of(List.of(new PrimitiveAssertion(WSS10)), List.of()), null)));
    }

    private static Policy policy(List<Assertion> signed) {
        All signedAlternative = new All();
        signed.forEach(signedAlternative::addPolicyComponent);
        ExactlyOne alternatives = new ExactlyOne();
        alternatives.addPolicyComponent(signedAlternative);
        alternatives.addPolicyComponent(new All());
        Policy policy = new Policy();
        policy.addPolicyComponent(alternatives);
        return policy;
    }

    private static Set<QName> names(Collection<Assertion> alternative) {
        return alternative.stream().map(Assertion::getName).collect(Collectors.toSet());
    }

    private static PolicyEngine engineSupportingEverything() {
        return (PolicyEngine) Proxy.newProxyInstance(SignedAnswerSelectorTest.class.getClassLoader(),
                new Class<?>[] {PolicyEngine.class}, (proxy, method, arguments) -> {
                    if ("supportsAlternative".equals(method.getName())) {
                        return true;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
