package org.vigia.form;

/**
 * How far a form record is filled in: {@code IN_PROGRESS} while a required item that is shown has no value (a partial
 * save), {@code COMPLETE} when every required shown item has one (and each shown repeating group has its
 * {@code minRepeats} rows). A save with a hard error is refused, so a stored record never holds one.
 */
public enum FormStatus {
    IN_PROGRESS, COMPLETE
}
