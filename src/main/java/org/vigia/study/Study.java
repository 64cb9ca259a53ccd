package org.vigia.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A trial run in Vigia, identified by its registry id (e.g. NCT07264075). Its protocol lives in versioned
 * study definitions ({@code config/studies/*.yaml}, kept verbatim in {@link StudyDefinitionVersion}).
 * The randomisation seed is concealed: it never leaves the server.
 */
@Entity
@Table(name = "study")
public class Study {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registry_id", nullable = false, updatable = false)
    private String registryId;

    @Column(nullable = false)
    private String title;

    @Column(name = "short_title")
    private String shortTitle;

    private String phase;

    @Column(nullable = false)
    private String status;

    @Column(name = "target_enrolment")
    private Integer targetEnrolment;

    @Column(name = "allocation_method")
    private String allocationMethod;

    @Column(name = "randomisation_seed")
    private Long randomisationSeed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Study() {
    }

    public Study(String registryId, String title, String shortTitle, String phase, Integer targetEnrolment,
                 String allocationMethod, Long randomisationSeed) {
        this.registryId = registryId;
        this.status = "ACTIVE";
        this.createdAt = Instant.now();
        this.randomisationSeed = randomisationSeed;
        describe(title, shortTitle, phase, targetEnrolment, allocationMethod);
    }

    /** Takes the descriptive fields of the newest definition version. */
    public void describe(String newTitle, String newShortTitle, String newPhase, Integer newTarget, String newAllocation) {
        this.title = newTitle;
        this.shortTitle = newShortTitle;
        this.phase = newPhase;
        this.targetEnrolment = newTarget;
        this.allocationMethod = newAllocation;
    }

    public Long getId() { return id; }
    public String getRegistryId() { return registryId; }
    public String getTitle() { return title; }
    public String getShortTitle() { return shortTitle; }
    public String getPhase() { return phase; }
    public String getStatus() { return status; }
    public Integer getTargetEnrolment() { return targetEnrolment; }
    public String getAllocationMethod() { return allocationMethod; }
    /** The concealed seed of the randomisation list; for the randomisation service only. */
    public Long randomisationSeed() { return randomisationSeed; }
    public long getVersion() { return version; }
}
