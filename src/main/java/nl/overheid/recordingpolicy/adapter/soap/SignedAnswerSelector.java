package nl.overheid.recordingpolicy.adapter.soap;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.namespace.QName;

import org.apache.cxf.message.Message;
import org.apache.cxf.ws.policy.AlternativeSelector;
import org.apache.cxf.ws.policy.Assertor;
import org.apache.cxf.ws.policy.PolicyEngine;
import org.apache.cxf.ws.policy.selector.MinimalAlternativeSelector;
import org.apache.neethi.Assertion;
import org.apache.neethi.Policy;

/**
 * Chooses the policy alternative of an answer: the largest one whose every assertion the request met. The WSDL's
 * policy has two alternatives, signed (2W-be-S) and nothing (2W-be); a signed request meets both, an unsigned one
 * only the empty one. So a signed request gets a signed answer and an unsigned one an unsigned answer.
 *
 * <p>CXF's own selectors would sign every answer: they take the longest alternative "compatible" with the request,
 * and an unsigned request's empty alternative is compatible with all of them. Without a request (faults, and the
 * endpoint's own choice) the minimal alternative is taken, as by CXF's default: faults are not signed.
 */
public final class SignedAnswerSelector implements AlternativeSelector {

    private final AlternativeSelector withoutRequest = new MinimalAlternativeSelector();

    @Override
    public Collection<Assertion> selectAlternative(Policy policy, PolicyEngine engine, Assertor assertor,
                                                   List<List<Assertion>> request, Message message) {
        if (request == null) {
            return withoutRequest.selectAlternative(policy, engine, assertor, null, message);
        }
        Set<QName> met = request.stream().flatMap(List::stream).map(Assertion::getName).collect(Collectors.toSet());
        Collection<Assertion> choice = null;
        for (Iterator<List<Assertion>> alternatives = policy.getAlternatives(); alternatives.hasNext(); ) {
            List<Assertion> alternative = alternatives.next();
            if ((choice == null || alternative.size() > choice.size())
                    && alternative.stream().map(Assertion::getName).allMatch(met::contains)
                    && engine.supportsAlternative(alternative, assertor, message)) {
                choice = alternative;
            }
        }
        return choice != null ? choice : withoutRequest.selectAlternative(policy, engine, assertor, null, message);
    }
}
