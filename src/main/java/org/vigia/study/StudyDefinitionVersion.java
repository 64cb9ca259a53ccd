package org.vigia.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a study definition as loaded, verbatim with its SHA-256. A version takes effect from its date
 * (a protocol amendment is a new version); data keeps the version it was entered under. Never updated.
 */
@Entity
@Table(name = "study_definition")
public class StudyDefinitionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "study_id", nullable = false, updatable = false)
    private Long studyId;

    @Column(name = "definition_version", nullable = false, updatable = false)
    private String definitionVersion;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "source_name", nullable = false, updatable = false)
    private String sourceName;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    protected StudyDefinitionVersion() {
    }

    public StudyDefinitionVersion(Long studyId, String definitionVersion, LocalDate effectiveFrom, String sourceName,
                                  String sha256, String content) {
        this.studyId = studyId;
        this.definitionVersion = definitionVersion;
        this.effectiveFrom = effectiveFrom;
        this.sourceName = sourceName;
        this.sha256 = sha256;
        this.content = content;
        this.loadedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getStudyId() { return studyId; }
    public String getDefinitionVersion() { return definitionVersion; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getSourceName() { return sourceName; }
    public String getSha256() { return sha256; }
    public String getContent() { return content; }
    public Instant getLoadedAt() { return loadedAt; }
}
