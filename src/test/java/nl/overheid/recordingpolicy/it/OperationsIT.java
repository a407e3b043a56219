package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators rely on: readiness and metrics on the management port, not on the public one. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatewayDeployment.builtWar();
    }

    @ArquillianResource
    URL base;

    private Http management() throws Exception {
        return new Http(new URL("http://" + base.getHost() + ":" + System.getProperty("it.management.port", "10090")));
    }

    @Test
    void theServerReportsReadyOnTheManagementPort() throws Exception {
        HttpResponse<String> ready = management().get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        // WildFly's base health subsystem: one check per aspect, then the overall outcome
        assertTrue(ready.body().contains("\"ROOT.war\" : \"OK\""), ready.body());
        assertTrue(ready.body().strip().endsWith("{ \"outcome\" : true }]"), ready.body());
    }

    @Test
    void metricsAreServedOnTheManagementPort() throws Exception {
        HttpResponse<String> metrics = management().get("/metrics");

        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("base_memory") || metrics.body().contains("jvm"), metrics.body());
    }

    @Test
    void theServerRunsTwoIoThreadsByDefault() throws Exception {
        // src/main/wildfly/gateway-io.cli: WildFly's default (two per core) spent more CPU spinning than working
        HttpResponse<String> metrics = management().get("/metrics");

        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("wildfly_io_io_thread_count{worker=\"default\"} 2.0"), metrics.body());
    }

    @Test
    void thePublicPortDoesNotServeManagementEndpoints() {
        assertEquals(404, new Http(base).get("/health/ready").statusCode());
    }
}
