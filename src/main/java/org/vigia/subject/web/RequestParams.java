package org.vigia.subject.web;

import org.vigia.shared.RecordNotFound;

/**
 * The subject a page is about, from its {@code id} view parameter ({@code f:viewParam name="id"}, kept as text so
 * that an id that is not a number answers 404 like one that does not exist).
 * <pre>{@code
 * subjectId = RequestParams.subjectId(idParam);
 * }</pre>
 */
final class RequestParams {

    private RequestParams() {
    }

    static Long subjectId(String id) {
        try {
            return Long.valueOf(id);
        } catch (RuntimeException e) {
            throw new RecordNotFound("Subject", id);
        }
    }
}
