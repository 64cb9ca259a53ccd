package org.vigia.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigia.platform.DatabaseOutage;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/** The API's own answers come from the messages bundle with the English sentences the API has always sent. */
class ApiTextsTest {

    private static String en(String key, Object... args) {
        return Text.of(Bundle.MESSAGES, key, args).english();
    }

    @Test
    void theEnglishIsTheApisSentence() {
        assertEquals("Your role does not allow this.", en("api.forbidden"));
        assertEquals("The request body is not valid JSON for this call: x", en("api.invalidJsonForCall", "x"));
        assertEquals("Something went wrong on the server (incident abc). Nothing was saved.", en("api.internalError", "abc"));
        assertEquals("Something went wrong on the server (incident abc).", en("api.serverError", "abc"));
        assertEquals("No such resource.", en("api.noSuchResource"));
        assertEquals("Request refused.", en("api.refused"));
        assertEquals("Sign-in required: send HTTP Basic credentials.", en("api.signInRequired"));
        assertEquals("Malformed Basic credentials.", en("api.malformedBasic"));
        assertEquals("Invalid username or password.", en("api.badCredentials"));
        assertEquals("The Idempotency-Key header is 1-128 printable ASCII characters without spaces.",
                en("api.idempotency.keyFormat"));
        assertEquals("1-128 printable ASCII characters.", en("api.idempotency.keyFormatField"));
        assertEquals("This Idempotency-Key could not be claimed; ask again later.", en("api.idempotency.notClaimed"));
        assertEquals("This Idempotency-Key was used for another request in the last 24 hours; use a new key for a new"
                + " record.", en("api.idempotency.reused"));
        assertEquals("The first request with this Idempotency-Key is still running; ask again later with the same key.",
                en("api.idempotency.running"));
        assertEquals("Interrupted while waiting for the first request with this Idempotency-Key.",
                en("api.idempotency.interrupted"));
        String outage = "The database cannot be reached at the moment. Try again in a few seconds; if you were saving,"
                + " check whether the record was stored before sending it again.";
        assertEquals(outage, DatabaseOutage.apiMessage(null).english());
        assertEquals(outage + " (incident 42)", DatabaseOutage.apiMessage("42").english());
    }

    @Test
    void theChineseTwinsAreChinese() {
        assertEquals("服务器出错（事件编号 abc）。", Texts.render(Text.of(Bundle.MESSAGES, "api.serverError", "abc"),
                Locale.SIMPLIFIED_CHINESE));
    }
}
