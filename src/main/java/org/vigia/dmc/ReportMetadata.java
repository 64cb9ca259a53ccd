package org.vigia.dmc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What every DMC output states about itself: the study, the cut-off, when it was generated, the study
 * definition version and the SHA-256 checksum of the data it was built from.
 *
 * @param dataChecksum SHA-256 (lower-case hex) of the canonical form of the {@link DmcDataset}; does not
 *                     depend on the generation time or the order of the input lists
 * @param notes        statements about the data (from {@link DmcDataset#notes()}), printed with the metadata
 */
public record ReportMetadata(String studyRegistryId, String studyTitle, String definitionVersion,
                             LocalDate cutOffDate, Instant generatedAt, Locale locale, String dataChecksum,
                             List<String> notes) {

    public ReportMetadata {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
