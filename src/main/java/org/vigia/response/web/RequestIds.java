package org.vigia.response.web;

import jakarta.faces.context.FacesContext;
import org.vigia.shared.RecordNotFound;

/**
 * The ids a response page reads from its request ({@code ?subject=12&assessment=3}).
 * <pre>{@code
 * subjectId = RequestIds.longParam("subject");
 * }</pre>
 */
final class RequestIds {

    private RequestIds() {
    }

    /** A numeric request parameter, or {@code null}; anything else is a 404 (no such record). */
    static Long longParam(String name) {
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new RecordNotFound(name, v);
        }
    }
}
