package org.fieldlaw.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real S3-compatible server for the object-store tests: s3proxy on the local filesystem, started as a
 * process of its own on 127.0.0.1 (the jar is copied to target/s3proxy by the build) with one bucket.
 */
public class S3ProxyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "evidence";
    private static final String IDENTITY = "fieldlaw-test";
    private static final String CREDENTIAL = "fieldlaw-test-secret";

    private static Path bucketDirectory;
    private Process process;

    /** Where the server keeps the bucket's objects: one file per key, so a test can alter one behind the service's back. */
    public static Path bucketDirectory() {
        return bucketDirectory;
    }

    @Override
    public Map<String, String> start() {
        try {
            File jar = new File("target/s3proxy/s3proxy.jar").getAbsoluteFile();
            if (!jar.isFile()) {
                throw new IllegalStateException(jar + " is missing: run the build's generate-test-resources phase");
            }
            int port = freePort();
            Path work = Files.createDirectories(Path.of("target/s3proxy/run-" + port).toAbsolutePath());
            bucketDirectory = Files.createDirectories(work.resolve("data").resolve(BUCKET));
            Path properties = work.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + IDENTITY,
                    "s3proxy.credential=" + CREDENTIAL,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + work.resolve("data")) + "\n");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
            awaitListening(port);
            return Map.of(
                    "fieldlaw.evidence.store", "s3",
                    "fieldlaw.evidence.s3.endpoint", "http://127.0.0.1:" + port,
                    "fieldlaw.evidence.s3.bucket", BUCKET,
                    "fieldlaw.evidence.s3.access-key", IDENTITY,
                    "fieldlaw.evidence.s3.secret-key", CREDENTIAL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(int port) throws IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy exited with " + process.exitValue() + "; see target/s3proxy/run-" + port + "/s3proxy.log");
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IllegalStateException("s3proxy did not listen on 127.0.0.1:" + port + " within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
