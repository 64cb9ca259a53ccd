package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation through its REST API against the real WAR on Payara Micro and a real MariaDB: sign-in and
 * lockout, roles, site-scoped access, JSON errors, edit conflicts, the audit trail and its immutability.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    /** Health and OpenAPI are served at the server's root, whatever the application's context path. */
    private URL root() {
        try {
            return new URL(base, "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(char prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36).toUpperCase();
    }

    private ApiClient admin() {
        return new ApiClient(base, "admin", PW);
    }

    private static String unique(String prefix) {
        return prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
    }

    private long createUser(String username, String password) {
        ApiClient.Reply r = admin().post("/api/v1/users", Map.of("username", username, "fullName", "Test " + username,
                "password", password));
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    @Test
    void healthIsReadyAndChecksTheDatabase() {
        ApiClient.Reply r = ApiClient.anonymous(root()).get("/health/ready");
        assertEquals(200, r.status(), r.body());
        JsonNode check = r.json().get("checks").get(0);
        assertEquals("database", check.get("name").asText());
        assertEquals("UP", check.get("status").asText());
    }

    @Test
    void apiRefusesAnonymousCallsWithJson401() {
        ApiClient.Reply r = ApiClient.anonymous(base).get("/api/v1/me");
        assertEquals(401, r.status());
        assertEquals("unauthorized", r.json().get("error").asText());
        assertTrue(r.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void responsesAreWrittenByJacksonAloneInDeclarationOrderWithoutNullProperties() {
        // JSON-B would sort the properties ("memberships" before "username"); the API has one JSON binding, Jackson
        ApiClient.Reply r = admin().get("/api/v1/me");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().startsWith("{\"username\":\"admin\",\"memberships\":["), r.body());
        assertFalse(r.body().contains(":null"), "null properties are left out: " + r.body());
    }

    @Test
    void everyDemoRoleSignsInThroughTheApi() {
        Map<String, String> roles = Map.of("admin", "ADMIN", "datamanager", "DATA_MANAGER", "monitor", "MONITOR",
                "investigator", "INVESTIGATOR", "coordinator", "SITE_COORDINATOR", "dmc", "DMC_MEMBER");
        roles.forEach((user, role) -> {
            ApiClient.Reply r = new ApiClient(base, user, PW).get("/api/v1/me");
            assertEquals(200, r.status(), user + ": " + r.body());
            assertEquals(role, r.json().get("memberships").get(0).get("role").asText());
        });
    }

    @Test
    void fiveFailedSignInsLockTheAccountWithTheSameMessage() throws SQLException {
        String name = unique("lock");
        String password = "Correct-horse-1";
        long id = createUser(name, password);
        ApiClient wrong = new ApiClient(base, name, "wrong-password-9");
        String firstMessage = null;
        for (int i = 0; i < 5; i++) {
            ApiClient.Reply r = wrong.get("/api/v1/me");
            assertEquals(401, r.status());
            firstMessage = firstMessage == null ? r.json().get("message").asText() : firstMessage;
        }
        ApiClient.Reply locked = new ApiClient(base, name, password).get("/api/v1/me");
        assertEquals(401, locked.status(), "the right password is refused while locked");
        assertEquals(firstMessage, locked.json().get("message").asText(), "a locked account looks like a wrong password");

        JsonNode lockedUser = admin().get("/api/v1/users/" + id).json();
        assertTrue(!lockedUser.get("lockedUntil").isNull(), lockedUser.toString());
        JsonNode audit = admin().get("/api/v1/audit?user=" + name).json();
        assertEquals(1, count(audit, "ACCOUNT_LOCKED"));
        assertEquals(6, count(audit, "SIGN_IN_FAILED"), audit.toString());

        // an administrator's password reset lifts the lockout
        assertEquals(204, admin().post("/api/v1/users/" + id + "/password",
                Map.of("password", "Another-horse-2", "reason", "locked out")).status());
        assertEquals(200, new ApiClient(base, name, "Another-horse-2").get("/api/v1/me").status());
    }

    @Test
    void userChangesAreAuditedWithOldAndNewValues() {
        String name = unique("audited");
        long id = createUser(name, "Audited-pass-1");
        long version = admin().get("/api/v1/users/" + id).json().get("version").asLong();
        ApiClient.Reply updated = admin().put("/api/v1/users/" + id, Map.of("version", version,
                "fullName", "Renamed Person", "reason", "name corrected"));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(201, admin().post("/api/v1/users/" + id + "/memberships", Map.of("role", "MONITOR")).status());

        JsonNode rows = admin().get("/api/v1/audit?entityType=UserAccount&entityId=" + id).json().get("rows");
        JsonNode rename = find(rows, "UPDATE", "fullName");
        assertEquals("Test " + name, rename.get("oldValue").asText());
        assertEquals("Renamed Person", rename.get("newValue").asText());
        assertEquals("name corrected", rename.get("reason").asText());
        assertEquals("admin", rename.get("username").asText());
        assertNotNull(find(rows, "CREATE", "username"));
        assertNotNull(find(rows, "GRANT_ROLE", "membership"));
    }

    @Test
    void signInIsAudited() {
        // an interactive sign-in is audited by the browser test; the API records failures
        String name = unique("fail");
        createUser(name, "Some-password-1");
        new ApiClient(base, name, "not-it-at-all-1").get("/api/v1/me");
        JsonNode rows = admin().get("/api/v1/audit?user=" + name + "&action=SIGN_IN_FAILED").json().get("rows");
        assertEquals("wrong password", rows.get(0).get("reason").asText());
    }

    @Test
    void aCoordinatorOfOneSiteIsRefusedAnotherSitesDataAndTheRefusalIsAudited() {
        String a = code('A');
        String b = code('B');
        long siteA = admin().post("/api/v1/sites", Map.of("code", a, "name", "Site " + a, "country", "CN",
                "timeZone", "Asia/Shanghai")).json().get("id").asLong();
        long siteB = admin().post("/api/v1/sites", Map.of("code", b, "name", "Site " + b, "country", "FR",
                "timeZone", "Europe/Paris")).json().get("id").asLong();
        String name = unique("coord");
        long id = createUser(name, "Coordinator-pass-1");
        assertEquals(201, admin().post("/api/v1/users/" + id + "/memberships",
                Map.of("role", "SITE_COORDINATOR", "siteId", siteA)).status());

        ApiClient coordinator = new ApiClient(base, name, "Coordinator-pass-1");
        assertEquals(200, coordinator.get("/api/v1/sites/" + siteA).status());
        ApiClient.Reply refused = coordinator.get("/api/v1/sites/" + siteB);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("forbidden", refused.json().get("error").asText());
        JsonNode listed = coordinator.get("/api/v1/sites").json();
        assertEquals(1, listed.size(), "a coordinator lists only their own site: " + listed);
        assertEquals(a, listed.get(0).get("code").asText());

        JsonNode audit = admin().get("/api/v1/audit?user=" + name + "&action=ACCESS_REFUSED").json();
        assertEquals(1, audit.get("total").asInt(), audit.toString());
        assertEquals(siteB, audit.get("rows").get(0).get("siteId").asLong());

        assertEquals(403, coordinator.get("/api/v1/users").status(), "administration is for administrators");
        assertEquals(403, coordinator.get("/api/v1/audit").status(), "the audit trail is for admins and data managers");
        assertEquals(200, new ApiClient(base, "datamanager", PW).get("/api/v1/audit").status());
    }

    @Test
    void badInputGets400WithFieldMessagesAndConflictsGet409() {
        ApiClient.Reply missing = admin().post("/api/v1/sites", Map.of("code", "X"));
        assertEquals(400, missing.status(), missing.body());
        assertEquals("invalid_input", missing.json().get("error").asText());
        assertTrue(missing.json().get("fields").has("name"), missing.body());
        assertTrue(missing.json().get("message").asText().contains("name"), missing.body());

        ApiClient.Reply badZone = admin().post("/api/v1/sites", Map.of("code", "ZZ1", "name", "Zed", "country", "FR",
                "timeZone", "Mars/Olympus"));
        assertEquals(400, badZone.status());
        assertTrue(badZone.json().get("fields").get("timeZone").asText().contains("Mars/Olympus"));

        ApiClient.Reply notJson = admin().post("/api/v1/sites", "{not json");
        assertEquals(400, notJson.status());
        assertEquals("invalid_json", notJson.json().get("error").asText());

        String code = code('C');
        JsonNode site = admin().post("/api/v1/sites", Map.of("code", code, "name", "Conflict site", "country", "FR",
                "timeZone", "Europe/Paris")).json();
        long version = site.get("version").asLong();
        Map<String, Object> first = Map.of("version", version, "name", "First edit", "country", "FR",
                "timeZone", "Europe/Paris", "reason", "first");
        Map<String, Object> second = Map.of("version", version, "name", "Second edit", "country", "FR",
                "timeZone", "Europe/Paris", "reason", "second");
        assertEquals(200, admin().put("/api/v1/sites/" + site.get("id").asLong(), first).status());
        ApiClient.Reply conflict = admin().put("/api/v1/sites/" + site.get("id").asLong(), second);
        assertEquals(409, conflict.status(), conflict.body());
        assertEquals("First edit", admin().get("/api/v1/sites/" + site.get("id").asLong()).json().get("name").asText(),
                "the second save overwrote nothing");

        assertEquals(404, admin().get("/api/v1/sites/999999").status());
        assertEquals(404, admin().get("/api/v1/no-such-thing").status());
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeleted() throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from audit_log");
            rs.next();
            assertTrue(rs.getLong(1) > 0);
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("update audit_log set username = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_log"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }

    @Test
    void responsesCarrySecurityHeadersAndTheApiIsDescribedByOpenApi() {
        ApiClient.Reply page = ApiClient.anonymous(base).get("/login.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        ApiClient.Reply openapi = new ApiClient(root(), "monitor", PW).get("/openapi"); // sign-in: SecurityApiIT
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/me") || openapi.body().contains("/me"), openapi.body());
    }

    @Test
    void theFourTrialsAreLoadedWithTheirAgents() {
        JsonNode studies = new ApiClient(base, "coordinator", PW).get("/api/v1/studies").json();
        assertEquals(4, studies.size(), studies.toString());
        java.util.Set<String> ids = new java.util.HashSet<>();
        studies.forEach(s -> ids.add(s.get("registryId").asText()));
        assertEquals(java.util.Set.of("NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"), ids);

        ApiClient.Reply gortec = admin().get("/api/v1/studies/NCT07264075");
        assertEquals(200, gortec.status(), gortec.body());
        JsonNode agents = gortec.json().get("agents");
        JsonNode ivonescimab = null;
        for (JsonNode a : agents) {
            if ("Ivonescimab".equalsIgnoreCase(a.get("name").asText())) {
                ivonescimab = a;
            }
        }
        assertNotNull(ivonescimab, agents.toString());
        assertEquals("IMMUNOTHERAPY", ivonescimab.get("class").asText());
        assertEquals("MG_PER_KG", ivonescimab.get("doseBasis").asText());
        assertEquals(10, ivonescimab.get("dose").asInt());
        assertEquals("PHASE3", gortec.json().get("phase").asText());
        assertEquals(404, admin().get("/api/v1/studies/NCT00000000").status());
    }

    private static int count(JsonNode page, String action) {
        int n = 0;
        for (JsonNode row : page.get("rows")) {
            if (action.equals(row.get("action").asText())) {
                n++;
            }
        }
        return n;
    }

    private static JsonNode find(JsonNode rows, String action, String field) {
        for (JsonNode row : rows) {
            if (action.equals(row.get("action").asText()) && field.equals(row.path("field").asText())) {
                return row;
            }
        }
        throw new AssertionError("no " + action + " of " + field + " in " + rows);
    }
}
