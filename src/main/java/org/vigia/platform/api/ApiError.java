package org.vigia.platform.api;

import java.util.Map;

/** The body of every API error: a stable code, a message for people, and per-field messages when known. */
public record ApiError(String error, String message, Map<String, String> fields) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
