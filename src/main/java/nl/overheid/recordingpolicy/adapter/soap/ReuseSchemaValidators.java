package nl.overheid.recordingpolicy.adapter.soap;

import javax.xml.validation.Schema;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.ServiceInfo;
import org.apache.cxf.ws.addressing.EndpointReferenceUtils;

/**
 * Puts {@link ReusedValidatorHandlers} where CXF keeps the service's schema, before the first body is read. CXF's
 * databinding takes the schema it validates against from the service model ({@link EndpointReferenceUtils#getSchema},
 * which builds it once and keeps it as a property of the first {@link ServiceInfo}); this replaces it once by the
 * same schema wrapped, and afterwards only sees that it is there. RECEIVE comes well before the body is read
 * (UNMARSHAL).
 */
public final class ReuseSchemaValidators extends AbstractPhaseInterceptor<Message> {

    public ReuseSchemaValidators() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        Service service = message.getExchange().getService();
        if (service == null || service.getServiceInfos().isEmpty()) {
            return;
        }
        ServiceInfo info = service.getServiceInfos().get(0); // where AbstractInDatabindingInterceptor reads it
        if (info.getProperty(Schema.class.getName()) instanceof ReusedValidatorHandlers) {
            return;
        }
        synchronized (info) {
            Schema schema = EndpointReferenceUtils.getSchema(info, message.getExchange().getBus());
            if (schema != null && !(schema instanceof ReusedValidatorHandlers)) {
                info.setProperty(Schema.class.getName(), new ReusedValidatorHandlers(schema));
            }
        }
    }
}
