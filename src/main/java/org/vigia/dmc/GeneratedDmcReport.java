package org.vigia.dmc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record that a DMC report was generated: study, cut-off, format and language, when and by whom, the
 * study definition version, the SHA-256 of the data (as printed in the report) and of the file. Written once,
 * never changed (the DMC can tell later which data a report in its minutes was built from).
 */
@Entity
@Table(name = "dmc_report")
public class GeneratedDmcReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "study_id", nullable = false, updatable = false)
    private Long studyId;

    @Column(name = "cut_off", nullable = false, updatable = false)
    private LocalDate cutOff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DmcReportFormat format;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, updatable = false)
    private String generatedBy;

    @Column(name = "data_sha256", nullable = false, updatable = false)
    private String dataSha256;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    private String fileSha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "definition_version", nullable = false, updatable = false)
    private String definitionVersion;

    protected GeneratedDmcReport() {
    }

    public GeneratedDmcReport(Long studyId, ReportMetadata metadata, DmcReportFormat format, String generatedBy,
                              String fileSha256, long sizeBytes) {
        this.studyId = studyId;
        this.cutOff = metadata.cutOffDate();
        this.format = format;
        this.language = metadata.locale().toLanguageTag();
        this.generatedAt = metadata.generatedAt();
        this.generatedBy = generatedBy;
        this.dataSha256 = metadata.dataChecksum();
        this.fileSha256 = fileSha256;
        this.sizeBytes = sizeBytes;
        this.definitionVersion = metadata.definitionVersion();
    }

    public Long getId() { return id; }
    public Long getStudyId() { return studyId; }
    public LocalDate getCutOff() { return cutOff; }
    public DmcReportFormat getFormat() { return format; }
    public String getLanguage() { return language; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getGeneratedBy() { return generatedBy; }
    public String getDataSha256() { return dataSha256; }
    public String getFileSha256() { return fileSha256; }
    public long getSizeBytes() { return sizeBytes; }
    public String getDefinitionVersion() { return definitionVersion; }
}
