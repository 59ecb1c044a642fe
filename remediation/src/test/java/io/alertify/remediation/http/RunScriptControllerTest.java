package io.alertify.remediation.http;

import static io.alertify.remediation.kubernetes.MockKubernetes.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.remediation.RemediationConfiguration;
import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptRequest;
import io.alertify.remediation.api.ScriptResult;
import io.alertify.remediation.api.IncidentGate;
import io.alertify.remediation.api.ScriptRunListener;
import io.alertify.remediation.kubernetes.MockKubernetes;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /run-script as deploy serves it: RemediationConfiguration against fabric8's mock API server. */
@WebMvcTest
@ContextConfiguration(classes = {RemediationConfiguration.class, RunScriptControllerTest.Listeners.class})
class RunScriptControllerTest {

    private static final KubernetesMockServer KUBERNETES = MockKubernetes.startCrud();
    private static final String[] RESTARTED = {"deleting pod shop/checkout-7d9f", "deleted",
            "done: pod shop/checkout-7d9f deleted, its controller starts a new one"};

    @DynamicPropertySource
    static void kubernetes(DynamicPropertyRegistry properties) {
        properties.add("alertify.remediation.kubernetes.master-url", () -> KUBERNETES.url("/"));
        properties.add("alertify.remediation.kubernetes.namespace", () -> "shop");
    }

    @AfterAll
    static void stopKubernetes() {
        KUBERNETES.destroy();
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Listeners listeners;
    private KubernetesClient cluster;

    @BeforeEach
    void connect() {
        cluster = KUBERNETES.createClient();
        listeners.heard.clear();
    }

    @AfterEach
    void disconnect() {
        cluster.close();
    }

    @Test
    void restartsAPodAndTellsTheListeners() throws Exception {
        cluster.pods().inNamespace("shop").resource(pod("shop", "checkout-7d9f", "checkout")).create();

        runScript("""
                {"incident_id": "42", "script_name": "restart_pod", "parameters": {"namespace": "shop", "pod": "checkout-7d9f"}}
                """)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("succeeded"))
                .andExpect(jsonPath("$.logs", contains(RESTARTED)));

        assertThat(cluster.pods().inNamespace("shop").withName("checkout-7d9f").get()).isNull();
        assertThat(listeners.heard).containsExactly(new Heard(
                new ScriptRequest("42", "restart_pod", Map.of("namespace", "shop", "pod", "checkout-7d9f"), "alice"),
                new ScriptResult(RunStatus.SUCCEEDED, List.of(RESTARTED))));
    }

    @Test
    void aFailedRunIsStillAnAnswerWithItsLogs() throws Exception {
        runScript("""
                {"incident_id": 42, "script_name": "restart_pod", "parameters": {"service": "checkout"}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("failed"))
                .andExpect(jsonPath("$.logs", contains("no pod matches app=checkout in namespace shop")));

        assertThat(listeners.heard).extracting(heard -> heard.request().incidentId()).containsExactly("42");
    }

    @Test
    void rejectsABadParameterNamingIt() throws Exception {
        runScript("""
                {"incident_id": "42", "script_name": "restart_pod", "parameters": {"pod": "checkout;rm -rf /"}}
                """)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors[0].field").value("parameters.pod"))
                .andExpect(jsonPath("$.detail", startsWith("parameters.pod: must be a DNS-1123 subdomain")));

        assertThat(listeners.heard).extracting(heard -> heard.result().status()).containsExactly(RunStatus.REJECTED);
    }

    @Test
    void rejectsAnUnknownScript() throws Exception {
        runScript("""
                {"incident_id": "42", "script_name": "drop_database"}
                """)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("script_name"))
                .andExpect(jsonPath("$.detail").value("script_name: unknown script 'drop_database'; known: restart_pod"));
    }

    @Test
    void aMissingFieldIsABadRequestNamingIt() throws Exception {
        runScript("""
                {"script_name": "restart_pod", "parameters": {"pod": {"name": "checkout-7d9f"}}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value("incident_id: is required; parameters.pod: must be a string, number or boolean"))
                .andExpect(jsonPath("$.errors[0].field").value("incident_id"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"))
                .andExpect(jsonPath("$.errors[1].field").value("parameters.pod"));

        assertThat(listeners.heard).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() throws Exception {
        runScript("{\"incident_id\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    private ResultActions runScript(String body) throws Exception {
        return mvc.perform(post("/run-script").principal(() -> "alice")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    record Heard(ScriptRequest request, ScriptResult result) {
    }

    /** What deploy would add: a listener that records, and one that breaks (the answer must not change). */
    @Configuration(proxyBeanMethods = false)
    static class Listeners {

        final List<Heard> heard = new CopyOnWriteArrayList<>();

        /** Incident 42 is open; nothing else exists. */
        @Bean
        IncidentGate incidents() {
            return id -> "42".equals(id) ? IncidentGate.State.ACTIVE : IncidentGate.State.UNKNOWN;
        }

        @Bean
        ScriptRunListener recordingListener() {
            return (request, result) -> heard.add(new Heard(request, result));
        }

        @Bean
        ScriptRunListener brokenListener() {
            return (request, result) -> {
                throw new IllegalStateException("timeline unavailable");
            };
        }
    }
}
