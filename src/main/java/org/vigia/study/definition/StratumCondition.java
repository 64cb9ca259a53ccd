package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.List;

/**
 * A condition on one recorded baseline item that puts a subject in a stratum level: {@code field} is
 * {@code FORM.item} of a baseline form ({@code TUMOUR.pdl1Cps}, {@code TUMOUR.primarySite}, {@code TUMOUR.hpvP16},
 * {@code ECOG.ecog}); a coded item must be one of {@code in}; a number must be ≥ {@code atLeast} and
 * &lt; {@code below} (each bound optional).
 */
public record StratumCondition(String field, List<String> in, BigDecimal atLeast, BigDecimal below) {

    public StratumCondition {
        in = Lists.copy(in);
    }

    /** The baseline form of {@link #field} ({@code TUMOUR}), or null when the field has no form prefix. */
    public String form() {
        int dot = field == null ? -1 : field.indexOf('.');
        return dot < 0 ? null : field.substring(0, dot);
    }

    /** The item of {@link #field} in its form ({@code pdl1Cps}). */
    public String item() {
        int dot = field == null ? -1 : field.indexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
