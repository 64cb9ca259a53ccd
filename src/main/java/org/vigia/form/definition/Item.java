package org.vigia.form.definition;

/**
 * One question of a form: its OID (unique in the form; the last part of an item path {@code CM[0].CMDOSE}), type,
 * label and help in English and Chinese, whether it is required (only while shown), and by type: {@code unit}
 * (numbers), {@code digits} (decimals after the point, {@code DECIMAL} only), {@code maxLength} ({@code TEXT}),
 * {@code codeList} (choices), a hard {@code range} and a {@code softRange} (numbers), {@code showWhen} (conditional
 * display), {@code compute} (a computed item, never typed). The CDISC names: {@code cdash} (the CDASH variable),
 * {@code sdtm} (the SDTM variable it maps to) and {@code odmOid} (the ODM ItemOID; default {@code IT.<group>.<oid>}).
 * In a group that names an {@code instrument}, {@code instrumentItem} is the item's number in that questionnaire.
 * {@code studyPeriod} ({@code CLINICAL} or {@code BASELINE}, a {@code DATE} item only) makes the date one of the
 * subject's time in the study: not before consent (a {@code BASELINE} date within the screening window before it), not
 * after death ({@code org.vigia.subject.StudyPeriod}); a date left without it, such as a medication's start, may lie
 * before consent. {@code radiotherapyEvent} ({@link EventTrigger}, a {@code YES_NO} or {@code CHOICE} item) raises a
 * radiotherapy event of the study definition when the item holds the value it names.
 * {@code unique: STUDY} (a {@code TEXT} item) makes each value one of its kind in the study: no other row of any record
 * of the form, in any subject of the study, holds it (a sample ID; checked on save by
 * {@code org.vigia.form.StudyUniqueValues}, case and surrounding spaces ignored).
 * {@code reference: ADVERSE_EVENT} (an entered {@code INTEGER} item) makes the value the id of an adverse event of the
 * same subject (the AE a medication treats, {@code CM[n].CMAENO}; checked on save by {@code org.vigia.form.ItemReferences},
 * offered on the form screen as a drop-down of the subject's AEs).
 */
public record Item(String oid, ItemType type, Label label, Label help, boolean required, String unit, Integer digits,
                   Integer maxLength, String codeList, Range range, Range softRange, Condition showWhen,
                   Computation compute, String cdash, String sdtm, String odmOid, Integer instrumentItem,
                   String studyPeriod, EventTrigger radiotherapyEvent, String unique, String reference) {

    /** The scope of {@code unique}: the study (the only one). */
    public static final String UNIQUE_IN_STUDY = "STUDY";

    /** The record kind a {@code reference} names: an adverse event of the same subject (the only one). */
    public static final String REFERENCE_ADVERSE_EVENT = "ADVERSE_EVENT";

    /** Longest text a {@code TEXT} item takes when its file gives no {@code maxLength}. */
    public static final int DEFAULT_MAX_LENGTH = 500;
    /** Longest text any item takes (the {@code form_item_value.value_text} column). */
    public static final int MAX_LENGTH = 2000;
    /** Most digits a number has before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 12;

    /** True when each value of the item is unique within the study ({@code unique: STUDY}). */
    public boolean uniqueInStudy() {
        return UNIQUE_IN_STUDY.equals(unique);
    }

    /** True when the value is the id of an adverse event of the same subject ({@code reference: ADVERSE_EVENT}). */
    public boolean referencesAdverseEvent() {
        return REFERENCE_ADVERSE_EVENT.equals(reference);
    }

    public boolean computed() {
        return compute != null;
    }

    public int maxLengthOrDefault() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    public int digitsOrZero() {
        return digits == null ? 0 : digits;
    }

    /** The ODM ItemOID: as the file says, else {@code IT.<group>.<item>}. */
    public String odmOid(String groupOid) {
        return odmOid != null ? odmOid : "IT." + groupOid + "." + oid;
    }
}
