package org.vigia.shared;

import jakarta.ejb.ApplicationException;

/**
 * Somebody else saved the same record since it was loaded (optimistic lock, {@code @Version}). Nothing was
 * overwritten; the user reloads and re-applies the change (HTTP 409).
 */
@ApplicationException(rollback = true)
public class EditConflict extends RuntimeException {

    public EditConflict(String what) {
        super(what + " was changed by someone else since you opened it. Nothing was overwritten: reload and apply your change again.");
    }
}
