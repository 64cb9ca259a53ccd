/**
 * Treatment administration rules, pure Java: planned dose from the protocol dose and the body size
 * ({@link org.vigia.dosing.DoseCalculator}), infusion duration windows ({@link org.vigia.dosing.InfusionWindow}),
 * the pre-cycle laboratory gate ({@link org.vigia.dosing.PreCycleCheck}), grade-driven dose modification
 * ({@link org.vigia.dosing.DoseModificationPolicy}), dose deviations ({@link org.vigia.dosing.DoseDeviationRules}),
 * radiotherapy course tracking ({@link org.vigia.dosing.RadiotherapyDelivery},
 * {@link org.vigia.dosing.RadiotherapyEventPolicy}) and exposure ({@link org.vigia.dosing.ExposureCalculator}).
 * <p>
 * Every protocol-specific number comes from the study definition ({@link org.vigia.dosing.DosingDefinition}, a view
 * of {@code config/studies/<registryId>.yaml}); nothing here tests which trial it runs for.
 */
package org.vigia.dosing;
