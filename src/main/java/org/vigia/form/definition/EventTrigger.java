package org.vigia.form.definition;

/**
 * A radiotherapy event a form's answer raises ({@code radiotherapyEvent: {equals: "Y", event: ULCER}} on a
 * {@code YES_NO} or {@code CHOICE} item): when the item holds {@code equals} in a complete record, the subject's
 * radiotherapy courses see {@code event} as observed on the form's date, and the study definition's radiotherapy event
 * rules for it apply (NCT07277764's ulcer stops radiotherapy early) without anyone ticking it on a fraction.
 */
public record EventTrigger(String equals, String event) {

    /** True when the stored value raises the event. */
    public boolean raisedBy(String value) {
        return value != null && value.equals(equals);
    }
}
