package org.vigia.response;

/** Whether a baseline lesion was selected as a target lesion or recorded as non-target (RECIST 1.1 section 3.3). */
public enum LesionRole {
    TARGET, NON_TARGET
}
