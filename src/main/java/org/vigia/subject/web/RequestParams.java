package org.vigia.subject.web;

import jakarta.faces.context.FacesContext;
import org.vigia.shared.RecordNotFound;

/** Reads the {@code id} of the subject a page is about from the request. */
final class RequestParams {

    private RequestParams() {
    }

    static Long subjectId() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            return Long.valueOf(id);
        } catch (RuntimeException e) {
            throw new RecordNotFound("Subject", id);
        }
    }
}
