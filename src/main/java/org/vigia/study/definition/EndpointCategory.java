package org.vigia.study.definition;

/** Primary, secondary or exploratory endpoint (registry "Primary/Secondary Outcome Measures"). */
public enum EndpointCategory {
    PRIMARY, SECONDARY, EXPLORATORY
}
