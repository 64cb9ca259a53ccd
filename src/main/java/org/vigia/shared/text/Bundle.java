package org.vigia.shared.text;

/**
 * The resource-bundle families of Vigia's user-facing texts ({@code src/main/resources/org/vigia/i18n/*.properties},
 * English base file, Simplified Chinese {@code _zh_CN} twin). A {@link Text} names its family, so two features may
 * use the same key without clashing. The Faces pages reach the same files through the {@code var} names of
 * {@code faces-config.xml} ({@code msg}, {@code subjectMsg}, ...).
 * <pre>{@code
 * Text t = Text.of(Bundle.SUBJECT, "subject.refused.consent", consentDate);
 * }</pre>
 */
public enum Bundle {
    /** Platform, security, accounts, sites, audit, studies: {@code msg}. */
    MESSAGES("org.vigia.i18n.messages"),
    SUBJECT("org.vigia.i18n.subject"),
    AE("org.vigia.i18n.ae"),
    DOSING("org.vigia.i18n.dosing"),
    RESPONSE("org.vigia.i18n.response"),
    /** The patient-reported questionnaires (EORTC QLQ-C30, QLQ-H&amp;N35): names, scale and item labels, refusals. */
    INSTRUMENT("org.vigia.i18n.instrument"),
    /** Forms as data ({@code config/forms/}): the form engine's refusals and warnings, the form screens. */
    FORM("org.vigia.i18n.form"),
    /** The DMC screens ({@code dmcMsg}). */
    DMC("org.vigia.i18n.dmc"),
    /** The DMC report's own texts (PDF and spreadsheet). */
    DMC_REPORT("org.vigia.dmc.DmcMessages");

    private final String baseName;

    Bundle(String baseName) {
        this.baseName = baseName;
    }

    /** The base name for {@link java.util.ResourceBundle#getBundle(String, java.util.Locale)}. */
    public String baseName() {
        return baseName;
    }
}
