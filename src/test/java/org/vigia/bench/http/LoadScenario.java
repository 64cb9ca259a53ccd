package org.vigia.bench.http;

import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * One kind of request the {@link LoadHarness} sends again and again from N concurrent clients. A scenario sets up
 * the data it needs in {@link #prepare}, and may decline to run on a Vigia that does not have the feature yet.
 * <pre>{@code
 * class SubjectListScenario implements LoadScenario {
 *     public String name() { return "GET subject list"; }
 *     public String description() { return "GET /api/v1/studies/NCT07041788/subjects as coordinator"; }
 *     public Optional<String> prepare(VigiaApi api, int maxClients) { return Optional.empty(); }
 *     public HttpRequest request(VigiaApi api, int client, long n) {
 *         return api.request("/api/v1/studies/NCT07041788/subjects", "coordinator").GET().build();
 *     }
 * }
 * }</pre>
 */
public interface LoadScenario {

    /** Short name for the results table. */
    String name();

    /** What one request does (method, path, account, what the server does with it). */
    String description();

    /**
     * Sets up what the requests need (subjects, ...), for up to {@code maxClients} concurrent clients.
     *
     * @return empty when the scenario can run; otherwise why it cannot on this Vigia (reported in the table as
     *         not run, never as a failure)
     */
    Optional<String> prepare(VigiaApi api, int maxClients) throws Exception;

    /** The {@code n}-th request (0, 1, 2, ...) of client {@code client} (0 ≤ client < clients). */
    HttpRequest request(VigiaApi api, int client, long n);

    /** Whether a response counts as a success; by default any 2xx status. */
    default boolean succeeded(int status) {
        return status >= 200 && status < 300;
    }

    /**
     * What client {@code client}'s last request answered, before it sends the next (a scenario that edits a record
     * keeps the row version it must send back); by default nothing.
     */
    default void completed(int client, int status, String body) {
    }
}
