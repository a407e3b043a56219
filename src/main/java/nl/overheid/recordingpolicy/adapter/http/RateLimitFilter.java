package nl.overheid.recordingpolicy.adapter.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import nl.overheid.recordingpolicy.adapter.rest.ApiVersionFilter;
import nl.overheid.recordingpolicy.adapter.rest.RestApplication;
import nl.overheid.recordingpolicy.adapter.rest.problem.ProblemDetails;
import nl.overheid.recordingpolicy.application.configuration.GatewayConfiguration;
import nl.overheid.recordingpolicy.adapter.json.JsonText;

/**
 * At most {@code gateway.rate-limit.per-second} requests a second per caller (system property, or
 * GATEWAY_RATE_LIMIT_PER_SECOND; 0, the default, switches the limit off). The caller is the authenticated principal
 * where there is one, else the remote address. A request over the limit is answered 429 with Retry-After before
 * either adapter reads it: a problem detail on /api/* and AuthZEN's /access/*, a soap:Client fault on /soap/*.
 *
 * <p>The system property is read again when it changes, so an operator can change the limit on a running server
 * (WildFly's management {@code /system-property=gateway.rate-limit.per-second:add(value=…)}) without a restart;
 * every caller then starts with a full bucket. A malformed value at start stops the deployment; a malformed value
 * set later is logged and the limit in force is kept.
 */
@WebFilter(filterName = "RateLimitFilter", urlPatterns = {"/api/*", "/soap/*", "/access/*"}, asyncSupported = true)
public class RateLimitFilter extends HttpFilter {

    public static final String PROPERTY = "gateway.rate-limit.per-second";
    public static final String ENV = "GATEWAY_RATE_LIMIT_PER_SECOND";
    /** Room for this many callers' buckets; beyond it they share one (see TokenBuckets). */
    static final int MAX_CALLERS = 10_000;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());

    /** The setting the limiter was built from and the limiter (null when off), replaced together. */
    private transient volatile Limit limit;

    private record Limit(String setting, TokenBuckets buckets) {
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String setting = GatewayConfiguration.setting(PROPERTY, ENV).orElse(null);
        limit = new Limit(setting, buckets(perSecond(setting)));
        LOG.info(() -> limit.buckets() == null
                ? "No rate limit per caller (" + PROPERTY + " is 0 or unset)"
                : "Rate limit: " + limit.buckets().perSecond() + " requests per second per caller");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TokenBuckets buckets = current().buckets();
        if (buckets != null) {
            long waitNanos = buckets.tryAcquire(caller(request));
            if (waitNanos > 0) {
                refuse(request, response, buckets.perSecond(), Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos - 1) + 1));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A principal and an address can never be mistaken for each other: each kind of key has its own prefix. */
    static String caller(HttpServletRequest request) {
        return request.getUserPrincipal() != null
                ? "principal:" + request.getUserPrincipal().getName()
                : "address:" + request.getRemoteAddr();
    }

    private Limit current() {
        Limit known = limit;
        String setting = GatewayConfiguration.setting(PROPERTY, ENV).orElse(null);
        if (Objects.equals(setting, known.setting())) {
            return known;
        }
        try {
            Limit changed = new Limit(setting, buckets(perSecond(setting)));
            limit = changed;
            LOG.info(() -> "Rate limit changed to " + (changed.buckets() == null ? "none"
                    : changed.buckets().perSecond() + " requests per second per caller"));
            return changed;
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Ignoring " + PROPERTY + "=" + setting + " (" + e.getMessage() + "); the limit stays as it was");
            limit = new Limit(setting, known.buckets());
            return limit;
        }
    }

    static int perSecond(String setting) {
        return Optional.ofNullable(setting).map(value -> {
            try {
                int perSecond = Integer.parseInt(value.strip());
                if (perSecond < 0) {
                    throw new IllegalArgumentException(PROPERTY + " (" + ENV + ") must be 0 (off) or more: " + value);
                }
                return perSecond;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PROPERTY + " (" + ENV + ") must be a whole number: " + value, e);
            }
        }).orElse(0);
    }

    private static TokenBuckets buckets(int perSecond) {
        return perSecond == 0 ? null : new TokenBuckets(perSecond, MAX_CALLERS, System::nanoTime);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int perSecond, long retryAfter)
            throws IOException {
        String detail = "Too many requests: at most " + perSecond + " per second per caller. Retry after "
                + retryAfter + " second" + (retryAfter == 1 ? "" : "s") + ".";
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        byte[] body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/soap/")) {
            response.setContentType("text/xml;charset=UTF-8");
            body = soapFault(detail).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType(ProblemDetails.MEDIA_TYPE.toString());
            response.setHeader(ApiVersionFilter.HEADER, RestApplication.API_VERSION);
            body = JsonText.write(ProblemDetails.of(Response.Status.TOO_MANY_REQUESTS, detail,
                    request.getRequestURI())).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** SOAP 1.1, the only version the service speaks; the text holds digits and fixed words only, nothing to escape. */
    private static String soapFault(String detail) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>" + detail + "</faultstring>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
    }
}
