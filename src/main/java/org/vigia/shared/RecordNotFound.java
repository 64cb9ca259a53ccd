package org.vigia.shared;

import jakarta.ejb.ApplicationException;

/** A record that does not exist, or that the caller may not know exists (HTTP 404). */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
