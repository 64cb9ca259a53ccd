package org.vigia.dosing;

/** What a radiotherapy event rule recommends. */
public enum RadiotherapyAction {
    CONTINUE, SUSPEND, STOP_EARLY
}
