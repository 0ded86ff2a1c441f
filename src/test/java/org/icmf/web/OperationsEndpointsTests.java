package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Metrics and health for operators, on the management port; nothing of them on the site's port. */
@SiteTest
class OperationsEndpointsTests {

    @LocalServerPort
    int sitePort;

    @LocalManagementPort
    int managementPort;

    @Test
    void servesPrometheusMetricsOnTheManagementPort() throws Exception {
        get(sitePort, "/");
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void showsHealthWithTheDatabaseOnTheManagementPort() throws Exception {
        HttpResponse<String> health = get(managementPort, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .containsPattern("\"db\":\\{\"details\":\\{\"database\":\"PostgreSQL\"[^}]*},\"status\":\"UP\"");
    }

    @Test
    void exposesNoOtherActuatorEndpointEvenOnTheManagementPort() throws Exception {
        for (String endpoint :
                new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
            assertThat(get(managementPort, endpoint).statusCode()).as(endpoint).isIn(401, 403, 404);
        }
    }

    @Test
    void exposesNeitherMetricsNorHealthOnTheSitePort() throws Exception {
        assertThat(get(sitePort, "/actuator/prometheus").statusCode()).isIn(403, 404);
        assertThat(get(sitePort, "/actuator/health").statusCode()).isIn(403, 404);
        assertThat(get(sitePort, "/actuator").statusCode()).isIn(403, 404);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
