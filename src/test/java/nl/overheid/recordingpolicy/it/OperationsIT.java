package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** What operators rely on: readiness and metrics on the management port, not on the public one. */
class OperationsIT extends DeployedGateway {

    private Http management() throws Exception {
        return new Http(new URL("http://" + base.getHost() + ":" + System.getProperty("it.management.port", "10090")));
    }

    @Test
    void theServerReportsReadyOnTheManagementPortWithItsDatabase() throws Exception {
        HttpResponse<String> ready = management().get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        // MicroProfile Health: WildFly's own checks (server state, deployments...) and the gateway's database check
        JsonObject health = Http.json(ready);
        assertEquals("UP", health.getString("status"), ready.body());
        List<String> up = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> "UP".equals(check.getString("status")))
                .map(check -> check.getString("name"))
                .toList();
        assertTrue(up.contains("gateway-database"), ready.body());
        assertTrue(up.stream().anyMatch(name -> name.contains("deployments")), ready.body());
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
