package nl.overheid.recordingpolicy.adapter.rest;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the request bodies of the generated interfaces (the model classes generated from openapi/) with
 * {@link JsonRequestBody} rather than JSON-B, so that a body over the limit is a 413, and malformed JSON, JSON nested
 * too deep and an unknown field are 400s naming the field, as before the models were generated.
 */
@Provider
@ApplicationScoped
// JSON as specific as JSON-B's provider, which it replaces for these types; any other type only for an optional body
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class RequestBodyReader implements MessageBodyReader<Object> {

    @Inject
    RequestBodyLimit limit;

    @Inject
    HttpServletRequest request;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RequestBodyModel.isModel(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) {
        String text = JsonRequestBody.utf8(entity, limit.bytes());
        // a body the contract makes optional (a withdrawal's reason) may be left out entirely
        if (text.isEmpty() && Arrays.stream(annotations).noneMatch(NotNull.class::isInstance)) {
            return null;
        }
        // the operations that require a body consume JSON only; this checks the one whose body is optional
        if (mediaType == null || !mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new NotSupportedException();
        }
        RequestBodyModel.Bound<Object> bound = RequestBodyModel.of(type).bind(JsonRequestBody.parse(text,
                RequestBodyModel.of(type).fieldNames()));
        SentText.remember(request, bound.unfit());
        return bound.model();
    }
}
