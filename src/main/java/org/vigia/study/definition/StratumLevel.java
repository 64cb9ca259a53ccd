package org.vigia.study.definition;

/** One level of a stratification factor, e.g. {@code CPS_1_19} "PD-L1 CPS 1-19". */
public record StratumLevel(String code, String label) {
}
