package org.vigia.form.definition;

import java.math.BigDecimal;

/**
 * A cross-item edit check, evaluated on every save when both sides have a value (and are shown): {@code item}
 * compared by {@code operator} with the item {@code other} (same row or a single group) or with the constant
 * {@code value}. A failing check refuses the save, naming {@code item}'s path, with {@code message} in the reader's
 * language.
 * <pre>
 * checks:
 *   - id: CM_STOP_AFTER_START
 *     item: CMENDAT
 *     operator: GE
 *     other: CMSTDAT
 *     message: {en: The stop date is before the start date., zh: 停药日期早于开始日期。}
 * </pre>
 */
public record EditCheck(String id, String item, Operator operator, String other, BigDecimal value, Label message) {
}
