package org.vigia.shared.clinical;

/**
 * Formula for body surface area; a study definition selects one ({@code bsa.formula}), MOSTELLER by default.
 * <ul>
 *   <li>{@link #MOSTELLER}: √(height cm × weight kg / 3600) (Mosteller, N Engl J Med 1987;317:1098)</li>
 *   <li>{@link #DUBOIS}: 0.007184 × weight kg<sup>0.425</sup> × height cm<sup>0.725</sup> (Du Bois &amp; Du Bois, 1916)</li>
 * </ul>
 */
public enum BodySurfaceAreaFormula {
    MOSTELLER, DUBOIS
}
