/**
 * Tumour response by RECIST 1.1 (Eisenhauer EA et al., New response evaluation criteria in solid
 * tumours: revised RECIST guideline (version 1.1), Eur J Cancer 2009;45:228-247), with the EORTC RECIST
 * working group's published questions and clarifications where the paper leaves a point open.
 * Pure domain code: no container, persistence, Faces or REST types.
 *
 * <ul>
 *   <li>{@link org.vigia.response.TargetLesionSelectionRules}: baseline measurability and target
 *       selection findings (sections 3.1 to 3.3).</li>
 *   <li>{@link org.vigia.response.RecistCalculator}: one time point, target / non-target / overall
 *       response and the sums (section 4.3, Tables 1 and 2).</li>
 *   <li>{@link org.vigia.response.BestOverallResponseCalculator}: best overall response with
 *       confirmation and SD minimum duration, first response, duration of response, progression day
 *       (sections 4.4 and 4.5, Table 3).</li>
 *   <li>{@link org.vigia.response.IrradiationGroupResponseCalculator}: target response restricted to
 *       the lesions of an irradiation group (NCT06494995).</li>
 *   <li>{@link org.vigia.response.ResponseRateCalculator}: ORR and DCR counts (no confidence
 *       intervals).</li>
 * </ul>
 *
 * <p>Study days follow the CDISC convention: Day 1 is the first day of treatment, there is no Day 0.
 */
package org.vigia.response;
