package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * EORTC questionnaire scoring through the API (the scoring itself is EortcScoringTest's): the answer as written by
 * the server (every score, nulls kept, 2 decimals), a refusal naming the items, an unknown instrument, who may call.
 */
@ExtendWith(ArquillianExtension.class)
class InstrumentScoreApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    @Test
    void theDocumentedExampleIsAnsweredWithEveryScoreToTwoDecimals() {
        ApiClient.Reply r = as("coordinator").post("/api/v1/instruments/EORTC_QLQ_C30/scores", """
                {"answers": {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1, "7": 2, "8": 1, "9": 2, "10": 2,
                             "11": 1, "12": 2, "13": 1, "14": 1, "15": 1, "16": 1, "17": 1, "18": 2, "19": 1, "20": 1,
                             "21": 2, "22": 2, "23": 1, "24": 1, "25": 1, "26": 1, "27": 1, "28": 1, "29": 5, "30": 5}}""");
        assertEquals(200, r.status(), r.body());
        // worked out by hand in EortcScoringTest.c30DocumentedExampleGivesEveryScore
        assertEquals("{\"instrument\":\"EORTC_QLQ_C30\",\"scales\":{\"QL2\":66.67,\"PF2\":100.00,\"RF2\":83.33,"
                + "\"EF\":83.33,\"CF\":100.00,\"SF\":100.00,\"FA\":33.33,\"NV\":0.00,\"PA\":16.67,\"DY\":0.00,\"SL\":0.00,"
                + "\"AP\":0.00,\"CO\":0.00,\"DI\":0.00,\"FI\":0.00,\"SUMSC\":93.59}}", r.body());
    }

    @Test
    void aScaleThatCannotBeScoredIsNull() {
        // HNSW: items 5 and 6 of 5-8 answered (half), RS 1.5, 0.5/3 = 16.67; HNPA: item 1 alone (1 of 4) not scored
        ApiClient.Reply r = as("investigator").post("/api/v1/instruments/EORTC_QLQ_HN35/scores",
                "{\"answers\": {\"1\": 4, \"5\": 1, \"6\": 2, \"7\": null, \"35\": 2}}");
        assertEquals(200, r.status(), r.body());
        JsonNode scales = r.json().get("scales");
        assertEquals(18, scales.size(), r.body());
        assertEquals(true, scales.get("HNPA").isNull(), r.body());
        assertEquals("16.67", scales.get("HNSW").decimalValue().toPlainString());
        assertEquals("100.00", r.body().replaceAll(".*\"HNWG\":([0-9.]+).*", "$1"));
    }

    @Test
    void badAnswersAreRefusedNamingEachItem() {
        ApiClient.Reply r = as("monitor").post("/api/v1/instruments/EORTC_QLQ_C30/scores",
                "{\"answers\": {\"29\": 8, \"31\": 1, \"2\": 2.5}}");
        assertEquals(400, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals("invalid_input", j.get("error").asText());
        assertEquals("'answers.29': item 29 of EORTC QLQ-C30 version 3.0 takes a whole number from 1 to 7 (got 8).",
                j.get("fields").get("answers.29").asText());
        assertEquals("'answers.31' is not an item of EORTC QLQ-C30 version 3.0: its items are numbered 1 to 30.",
                j.get("fields").get("answers.31").asText());
        assertEquals("'answers.2': item 2 of EORTC QLQ-C30 version 3.0 takes a whole number from 1 to 4 "
                + "(a JSON number without decimals; got 2.5).", j.get("fields").get("answers.2").asText());
    }

    @Test
    void anUnknownInstrumentIsNotFound() {
        ApiClient.Reply r = as("coordinator").post("/api/v1/instruments/EORTC_QLQ_BR23/scores", "{\"answers\": {}}");
        assertEquals(404, r.status(), r.body());
        assertEquals("not_found", r.json().get("error").asText());
    }

    @Test
    void aSignedInUserMayScoreOthersMayNot() {
        String body = "{\"answers\": {\"8\": 2}}";
        assertEquals(200, as("datamanager").post("/api/v1/instruments/EORTC_QLQ_C30/scores", body).status());
        assertEquals(401, ApiClient.anonymous(base).post("/api/v1/instruments/EORTC_QLQ_C30/scores", body).status());
        assertEquals(403, as("dmc").post("/api/v1/instruments/EORTC_QLQ_C30/scores", body).status());
    }
}
