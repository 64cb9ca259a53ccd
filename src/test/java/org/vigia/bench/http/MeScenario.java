package org.vigia.bench.http;

import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * The floor: the authenticated no-op {@code GET /api/v1/me} (HTTP Basic sign-in, one membership query, JSON out).
 * Every other API call costs at least this.
 */
public final class MeScenario implements LoadScenario {

    private final String username;

    public MeScenario(String username) {
        this.username = username;
    }

    @Override
    public String name() {
        return "GET /api/v1/me (floor)";
    }

    @Override
    public String description() {
        return "GET /api/v1/me as " + username + " (HTTP Basic on every request, the caller and memberships as JSON)";
    }

    @Override
    public Optional<String> prepare(VigiaApi api, int maxClients) throws Exception {
        VigiaApi.Reply r = api.get("/api/v1/me", username);
        return r.status() == 200 ? Optional.empty()
                : Optional.of("GET /api/v1/me as " + username + " answered " + r.status() + ": " + r.body());
    }

    @Override
    public HttpRequest request(VigiaApi api, int client, long n) {
        return api.request("/api/v1/me", username).GET().build();
    }
}
