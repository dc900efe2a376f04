package org.fieldlaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes overlays ({@code k8s/overlays/dev}, {@code prod}) as {@code kubectl kustomize} renders them: every
 * object reads into the fabric8 model with no field the model does not know (a typo in a manifest is a field
 * Kubernetes ignores), and the rules of production hold: probes on the health endpoints, non-root on a read-only
 * root, resource limits, a graceful stop, pods spread over nodes, a disruption budget, a network policy that lets
 * in only the ingress controller and out only the database, object store, identity provider and DNS, TLS at the
 * ingress, a database with a standby and backups, and no secret value anywhere.
 */
class KubernetesManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<String, Class<?>> MODEL = Map.of("Deployment", Deployment.class, "Service", Service.class, "ConfigMap",
            ConfigMap.class, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class, "PodDisruptionBudget", PodDisruptionBudget.class,
            "NetworkPolicy", NetworkPolicy.class, "Ingress", Ingress.class);

    /** CloudNativePG's resources are not in the fabric8 model: the fields this repository uses, by path, are. */
    private static final Set<String> CNPG_CLUSTER_SPEC = Set.of("instances", "imageName", "primaryUpdateStrategy", "storage", "bootstrap",
            "postgresql", "affinity", "backup");

    record Rendered(List<JsonNode> raw, Map<String, List<Object>> byKind) {

        <T> T one(Class<T> type) {
            List<Object> all = byKind.getOrDefault(type.getSimpleName(), List.of());
            assertEquals(1, all.size(), "one " + type.getSimpleName());
            return type.cast(all.get(0));
        }

        JsonNode raw(String kind) {
            return raw.stream().filter(n -> kind.equals(n.path("kind").asText())).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
        }
    }

    static Rendered render(String overlay) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("kubectl", "kustomize", "k8s/overlays/" + overlay).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            if (Boolean.parseBoolean(System.getenv("FIELDLAW_KUBECTL_REQUIRED"))) {
                throw e;
            }
            Assumptions.abort("kubectl is not installed: the overlays cannot be rendered here");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "kubectl kustomize " + overlay + " renders");
        List<JsonNode> raw = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(out)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(n -> {
                if (n != null && !n.isNull() && !n.isEmpty()) {
                    raw.add(n);
                }
            });
        }
        Map<String, List<Object>> byKind = new java.util.TreeMap<>();
        for (JsonNode n : raw) {
            Class<?> type = MODEL.get(n.path("kind").asText());
            if (type != null) {
                Object o = YAML.treeToValue(n, type);
                List<String> unknown = new ArrayList<>();
                unknownFields(o, n.path("kind").asText(), unknown, new IdentityHashMap<>());
                assertTrue(unknown.isEmpty(), overlay + ": fields the Kubernetes model does not know: " + unknown);
                byKind.computeIfAbsent(n.path("kind").asText(), k -> new ArrayList<>()).add(o);
            }
        }
        return new Rendered(raw, byKind);
    }

    /** fabric8 keeps what it does not know in additionalProperties instead of failing: walk the object and collect them. */
    private static void unknownFields(Object o, String path, List<String> found, Map<Object, Boolean> seen) throws Exception {
        if (o == null || seen.put(o, true) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                unknownFields(item, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), found, seen);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                Map<?, ?> extra = (Map<?, ?>) m.invoke(o);
                if (extra != null && !extra.isEmpty()) {
                    found.add(path + ": " + extra.keySet());
                }
            } else if (m.getName().startsWith("get") && !m.getReturnType().isPrimitive() && !m.getReturnType().getName().startsWith("java.lang")) {
                unknownFields(m.invoke(o), path + "." + m.getName().substring(3), found, seen);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyObjectIsOneTheModelKnowsAndNoSecretValueIsInTheRepository(String overlay) throws Exception {
        Rendered r = render(overlay);
        Set<String> kinds = new java.util.TreeSet<>();
        r.raw().forEach(n -> kinds.add(n.path("kind").asText()));
        assertEquals(Set.of("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Ingress",
                "Cluster", "ScheduledBackup", "PersistentVolumeClaim"), kinds, "the objects of a deployment, and no Secret");
        String namespace = overlay.equals("prod") ? "fieldlaw" : "fieldlaw-dev";
        r.raw().forEach(n -> assertEquals(namespace, n.path("metadata").path("namespace").asText(), n.path("kind").asText() + " in its namespace"));
        ConfigMap config = r.one(ConfigMap.class);
        config.getData().forEach((k, v) -> assertFalse(k.contains("PASSWORD") || k.contains("SECRET"), "no secret in the config map: " + k));
        for (EnvVar e : r.one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
            assertTrue(e.getValue() == null && e.getValueFrom().getSecretKeyRef() != null, e.getName() + " comes from a secret");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theServiceRunsAsNonRootOnAReadOnlyRootWithLimitsProbesAndAGracefulStop(String overlay) throws Exception {
        Rendered r = render(overlay);
        Deployment d = r.one(Deployment.class);
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), "non-root");
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), "no API token in the pod: it never talks to Kubernetes");
        Container c = pod.getContainers().get(0);
        assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), "read-only root");
        assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop());
        assertNotNull(c.getResources().getLimits().get("memory"), "a memory limit");
        assertNotNull(c.getResources().getRequests().get("cpu"), "a CPU request");
        assertNotNull(c.getResources().getRequests().get("memory"), "a memory request");
        assertProbe(c.getStartupProbe(), "/q/health/started");
        assertProbe(c.getLivenessProbe(), "/q/health/live");
        assertProbe(c.getReadinessProbe(), "/q/health/ready");
        int pause = c.getLifecycle().getPreStop().getSleep().getSeconds().intValue();
        assertTrue(pause >= 5, "a preStop pause lets the endpoints drop the pod before it stops");
        String shutdown = r.one(ConfigMap.class).getData().get("QUARKUS_SHUTDOWN_TIMEOUT");
        assertTrue(pod.getTerminationGracePeriodSeconds() > pause + Integer.parseInt(shutdown.replace("s", "")),
                "the grace period covers the pause and Quarkus's own shutdown timeout");
        assertEquals(0, d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(), "a rollout never goes below strength");
        assertTrue(pod.getTopologySpreadConstraints().stream().anyMatch(t -> t.getTopologyKey().equals("kubernetes.io/hostname")),
                "replicas spread over nodes");
        Set<String> volumes = new java.util.HashSet<>();
        pod.getVolumes().forEach(v -> volumes.add(v.getName()));
        c.getVolumeMounts().forEach(m -> assertTrue(volumes.contains(m.getName()), "the volume of " + m.getMountPath()));
        assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")), "a writable /tmp on the read-only root");
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theDoorsInAndOutAreTheOnesNamed(String overlay) throws Exception {
        Rendered r = render(overlay);
        Deployment d = r.one(Deployment.class);
        Map<String, String> pods = d.getSpec().getTemplate().getMetadata().getLabels();
        NetworkPolicy policy = r.one(NetworkPolicy.class);
        assertTrue(pods.entrySet().containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()), "the policy holds the service's pods");
        assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes(), "both directions closed but for the rules");
        assertEquals(1, policy.getSpec().getIngress().size());
        assertEquals("ingress-nginx", policy.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector().getMatchLabels()
                .get("kubernetes.io/metadata.name"), "in only from the ingress controller");
        List<String> out = new ArrayList<>();
        policy.getSpec().getEgress().forEach(e -> e.getTo().forEach(to -> out.add(to.getPodSelector() != null && to.getNamespaceSelector() == null
                ? "pods:" + to.getPodSelector().getMatchLabels() : "namespace:" + to.getNamespaceSelector().getMatchLabels())));
        assertEquals(List.of("pods:{cnpg.io/cluster=fieldlaw-db}", "namespace:{fieldlaw.org/role=object-store}",
                "namespace:{fieldlaw.org/role=identity-provider}", "namespace:{kubernetes.io/metadata.name=kube-system}"), out,
                "out only to the database, the object store, the identity provider and DNS");

        Service service = r.one(Service.class);
        assertTrue(pods.entrySet().containsAll(service.getSpec().getSelector().entrySet()), "the service selects the pods");
        Ingress ingress = r.one(Ingress.class);
        assertFalse(ingress.getSpec().getTls().isEmpty(), "TLS at the ingress");
        assertNotNull(ingress.getSpec().getTls().get(0).getSecretName());
        assertTrue(ingress.getSpec().getTls().get(0).getHosts().contains(ingress.getSpec().getRules().get(0).getHost()), "the certificate's host");
        var backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
        assertEquals(service.getMetadata().getName(), backend.getName());
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getPort().getName())), "a port the service has");

        PodDisruptionBudget pdb = r.one(PodDisruptionBudget.class);
        assertTrue(pods.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()), "the budget holds the pods");
        HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class);
        assertEquals(d.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas());
        if (overlay.equals("prod")) {
            int min = hpa.getSpec().getMinReplicas();
            assertTrue(min >= 2 && pdb.getSpec().getMinAvailable().getIntVal() < min,
                    "several replicas, and the budget lets one go at a time for a node drain");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theDatabaseArchivesItsWalAndIsBackedUpEveryNightWithAStandbyInProduction(String overlay) throws Exception {
        Rendered r = render(overlay);
        JsonNode cluster = r.raw("Cluster");
        assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
        cluster.path("spec").fieldNames().forEachRemaining(f -> assertTrue(CNPG_CLUSTER_SPEC.contains(f), "a Cluster field this test knows: " + f));
        assertEquals(overlay.equals("prod") ? 2 : 1, cluster.path("spec").path("instances").asInt(), "a primary, and a standby in production");
        JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");
        assertTrue(store.path("destinationPath").asText().startsWith("s3://"), "to the object store");
        assertTrue(store.has("wal"), "WAL archived continuously");
        assertTrue(store.path("s3Credentials").path("accessKeyId").has("name"), "credentials from a secret");
        JsonNode backup = r.raw("ScheduledBackup");
        assertEquals(cluster.path("metadata").path("name").asText(), backup.path("spec").path("cluster").path("name").asText());
        assertEquals(6, backup.path("spec").path("schedule").asText().split(" ").length, "CloudNativePG's schedule: seconds first");
        String url = r.one(ConfigMap.class).getData().get("DB_URL");
        assertTrue(url.contains("//" + cluster.path("metadata").path("name").asText() + "-rw:"), "the service writes to the primary: " + url);
    }
}
