package nl.overheid.recordingpolicy.adapter.rest.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.overheid.recordingpolicy.application.failure.InvalidParam;

@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams", "currentStatus"})
public record ProblemDetails(String type, String title, int status, String detail, String instance,
                             List<InvalidParamDto> invalidParams, String currentStatus) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** type about:blank: the HTTP status says it all, and title is the status phrase (RFC 9457 4.2.1). */
    public static ProblemDetails of(Response.StatusType status, String detail, String instance) {
        return new ProblemDetails("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null, null);
    }

    /** The path of the request the problem occurred in, without the query (which may carry personal data). */
    public static String instance(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    public ProblemDetails withInvalidParams(List<InvalidParam> params) {
        return new ProblemDetails(type, title, status, detail, instance,
                params.stream().map(param -> new InvalidParamDto(param.name(), param.reason())).toList(), currentStatus);
    }

    /** RFC 9457 extension member for a 409 on a consent request: its status now. */
    public ProblemDetails withCurrentStatus(String status) {
        return new ProblemDetails(type, title, this.status, detail, instance, invalidParams, status);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    @JsonbPropertyOrder({"name", "reason"})
    public record InvalidParamDto(String name, String reason) {
    }
}
