package nl.overheid.recordingpolicy.bench.baseline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /bench-baseline/rest/noop: the cheapest answer JAX-RS on this server can give. Application scoped like
 * the gateway's own resources, so the comparison measures their work, not resource instantiation.
 */
@Path("/noop")
@ApplicationScoped
public class NoopResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String noop() {
        return "ok";
    }
}
