package org.vigia.shared;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but may not see or change this data (HTTP 403). The refusal is audited. */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    public AccessRefused(String message) {
        super(message);
    }
}
