import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The phones' side of the evidence ingestion run: each client uploads unique photos of a given size by tus (POST the
 * upload naming its own id, then one PATCH with the whole photo, as a phone on a good link does) until the time is up,
 * spreading them over the given cases. Prints one line of figures and, on stdout after "ACKED", the id of every upload
 * the service acknowledged as complete, for the caller to check against the database.
 *
 *     java bench/evidence/Ingest.java http://127.0.0.1:8081 TOKEN CASE1,CASE2 32 30 1048576
 */
public class Ingest {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String[] cases = args[2].split(",");
        int clients = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        int size = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        // One pool of random bytes; each photo is a window of it with its own counter in front, so every photo is unique.
        byte[] pool = new byte[size + 1024 * 1024];
        new SplittableRandom(29).nextBytes(pool);
        ConcurrentLinkedQueue<UUID> acked = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong serial = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(client);
                while (System.nanoTime() < end) {
                    long n = serial.incrementAndGet();
                    int from = random.nextInt(1024 * 1024);
                    byte[] photo = Arrays.copyOfRange(pool, from, from + size);
                    for (int i = 0; i < 8; i++) {
                        photo[i] = (byte) (n >>> (8 * i));
                    }
                    UUID id = UUID.randomUUID();
                    String caseId = cases[(int) (n % cases.length)];
                    sent.incrementAndGet();
                    long started = System.nanoTime();
                    try {
                        String meta = "caseId " + b64(caseId) + ",id " + b64(id.toString()) + ",filename " + b64("bench-" + n + ".jpg")
                                + ",filetype " + b64("image/jpeg") + ",capturedAt " + b64("2026-11-30T09:31:00+08:00");
                        HttpResponse<Void> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/uploads"))
                                .header("Authorization", "Bearer " + token).header("Tus-Resumable", "1.0.0")
                                .header("Upload-Length", String.valueOf(size)).header("Upload-Metadata", meta)
                                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (created.statusCode() != 201) {
                            failed.incrementAndGet();
                            continue;
                        }
                        HttpResponse<Void> patched = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/uploads/" + id))
                                .header("Authorization", "Bearer " + token).header("Tus-Resumable", "1.0.0")
                                .header("Upload-Offset", "0").header("Content-Type", "application/offset+octet-stream")
                                .timeout(Duration.ofSeconds(60)).method("PATCH", HttpRequest.BodyPublishers.ofByteArray(photo)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (patched.statusCode() == 204 && String.valueOf(size).equals(patched.headers().firstValue("Upload-Offset").orElse(""))) {
                            acked.add(id);
                            latencies.add(System.nanoTime() - started);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        long began = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("clients=%d photos/s=%.1f sent=%d acked=%d failed=%d p50=%.0fms p99=%.0fms elapsed=%.1fs%n", clients,
                acked.size() / elapsed, sent.get(), acked.size(), failed.get(), pct(sorted, 0.50), pct(sorted, 0.99), elapsed);
        System.out.println("ACKED");
        for (UUID id : acked) {
            System.out.println(id);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
