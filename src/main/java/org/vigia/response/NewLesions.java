package org.vigia.response;

/**
 * Whether new lesions were seen at a time point (RECIST 1.1 section 4.3.2, "New lesions").
 *
 * <p>{@link #EQUIVOCAL}: a finding that may be a new lesion (for example because it is small). RECIST
 * 1.1 says treatment may continue and follow-up will clarify; the time point is therefore <em>not</em>
 * progression. If a later scan confirms the lesion, progression is declared with the date of the
 * first scan that showed it; that back-dating is the investigator's entry, not this calculator's.
 */
public enum NewLesions {
    NO, YES, EQUIVOCAL
}
