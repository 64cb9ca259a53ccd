package org.vigia.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The REST API of one running Vigia, for the load scenarios: request builders signed in with HTTP Basic as a
 * demo account, and a blocking JSON call for setting data up. Its {@link HttpClient} runs on a fixed pool of
 * platform threads (no virtual threads) and speaks HTTP/1.1 with keep-alive, like a typical API client.
 */
public final class VigiaApi implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String password;
    private final ExecutorService executor;
    private final HttpClient http;

    /** A reply read whole: status and body. */
    public record Reply(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * @param baseUrl  e.g. {@code http://localhost:8123}
     * @param password the demo accounts' password
     * @param threads  size of the client's fixed thread pool
     */
    public VigiaApi(String baseUrl, String password, int threads) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.password = password;
        this.executor = Executors.newFixedThreadPool(Math.max(2, threads), r -> {
            Thread t = new Thread(r, "bench-http");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
    }

    public HttpClient http() {
        return http;
    }

    public String baseUrl() {
        return base;
    }

    /** A request to {@code path} (starting with {@code /}) signed in as {@code username}. */
    public HttpRequest.Builder request(String path, String username) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token)
                .header("Accept", "application/json");
    }

    /** A JSON POST of {@code body} (any Jackson-serialisable value). */
    public HttpRequest jsonPost(String path, String username, Object body) {
        try {
            return request(path, username).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Reply get(String path, String username) throws IOException, InterruptedException {
        return call(request(path, username).GET().build());
    }

    public Reply post(String path, String username, Object body) throws IOException, InterruptedException {
        return call(jsonPost(path, username, body));
    }

    /** A JSON PUT of {@code body}. */
    public Reply put(String path, String username, Object body) throws IOException, InterruptedException {
        return call(request(path, username).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    public Reply call(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
