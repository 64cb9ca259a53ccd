package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

/** Assertions on the audit trail through the API, for browser tests. */
final class JsonCheck {

    private JsonCheck() {
    }

    static void auditHas(URL base, String action, String user) {
        var page = new ApiClient(base, "admin", Deployments.DEMO_PASSWORD).get("/api/v1/audit?action=" + action + "&user=" + user).json();
        assertTrue(page.get("total").asInt() > 0, "audit has " + action + " by " + user + ": " + page);
    }
}
