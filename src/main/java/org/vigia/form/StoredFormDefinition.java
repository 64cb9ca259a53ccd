package org.vigia.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a form of the library as loaded from {@code config/forms/}, verbatim with its SHA-256. Never
 * updated: a changed form is a new version, and records keep the version they were entered under.
 */
@Entity
@Table(name = "form_definition")
public class StoredFormDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_oid", nullable = false, updatable = false)
    private String formOid;

    @Column(name = "form_version", nullable = false, updatable = false)
    private int formVersion;

    @Column(name = "procedure_code", nullable = false, updatable = false)
    private String procedure;

    @Column(name = "source_name", nullable = false, updatable = false)
    private String sourceName;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    protected StoredFormDefinition() {
    }

    public StoredFormDefinition(String formOid, int formVersion, String procedure, String sourceName, String sha256,
                                String content) {
        this.formOid = formOid;
        this.formVersion = formVersion;
        this.procedure = procedure;
        this.sourceName = sourceName;
        this.sha256 = sha256;
        this.content = content;
        this.loadedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getFormOid() { return formOid; }
    public int getFormVersion() { return formVersion; }
    public String getProcedure() { return procedure; }
    public String getSourceName() { return sourceName; }
    public String getSha256() { return sha256; }
    public String getContent() { return content; }
    public Instant getLoadedAt() { return loadedAt; }
}
