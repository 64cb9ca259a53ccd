package org.vigia.study.definition;

/** Class of a study agent, as dose-modification rules key on it (protocol treatment sections). */
public enum AgentClass {
    CHEMOTHERAPY, IMMUNOTHERAPY, RADIOTHERAPY, OTHER
}
