/**
 * Tumour assessments as recorded (baseline lesions, follow-up findings), their storage and the service that
 * records them (audited, versioned) and derives each subject's and each study's responses with the pure
 * calculators of {@link org.vigia.response}.
 */
package org.vigia.response.assessment;
