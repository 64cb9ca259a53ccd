package org.vigia.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginCheckFilterTest {

    private static final String BASE = "https://vigia.example.org";

    @Test
    void theSameHostIsTheSameSite() {
        assertTrue(OriginCheckFilter.sameSite("http://localhost:8080", "localhost:8080", BASE));
        assertTrue(OriginCheckFilter.sameSite("http://LOCALHOST:8080", "localhost:8080", BASE));
        assertTrue(OriginCheckFilter.sameSite("https://vigia.example.org", "vigia.example.org", BASE));
        assertTrue(OriginCheckFilter.sameSite("https://vigia.example.org", "vigia.example.org:443", BASE));
        assertTrue(OriginCheckFilter.sameSite("http://localhost:8080/ae/edit.xhtml?subject=3", "localhost:8080", BASE),
                "a Referer names the page");
    }

    @Test
    void behindAProxyTheBaseUrlCounts() {
        assertTrue(OriginCheckFilter.sameSite("https://vigia.example.org", "127.0.0.1:8080", BASE));
    }

    @Test
    void anotherHostPortOrNullOriginIsForeign() {
        assertFalse(OriginCheckFilter.sameSite("http://evil.example", "localhost:8080", BASE));
        assertFalse(OriginCheckFilter.sameSite("http://localhost:9999", "localhost:8080", BASE));
        assertFalse(OriginCheckFilter.sameSite("http://localhost.evil.example:8080", "localhost:8080", BASE));
        assertFalse(OriginCheckFilter.sameSite("null", "localhost:8080", BASE));
        assertFalse(OriginCheckFilter.sameSite("not a url", "localhost:8080", BASE));
        assertFalse(OriginCheckFilter.sameSite("http://localhost:8080", null, "not a url"));
    }

    @Test
    void authorityDropsDefaultPorts() {
        assertEquals("vigia.example.org", OriginCheckFilter.authority("https://vigia.example.org:443/x"));
        assertEquals("vigia.example.org", OriginCheckFilter.authority("http://vigia.example.org:80"));
        assertEquals("vigia.example.org:8443", OriginCheckFilter.authority("https://vigia.example.org:8443"));
        assertNull(OriginCheckFilter.authority("null"));
    }
}
