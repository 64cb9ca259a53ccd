package org.vigia.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A role held by a user for a study (null: every study) and a site (null: every site of the study).
 * A site coordinator's membership always names a site.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "study_id")
    private Long studyId;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {
    }

    Membership(UserAccount user, Role role, Long studyId, Long siteId) {
        this.user = Objects.requireNonNull(user);
        this.role = Objects.requireNonNull(role);
        this.studyId = studyId;
        this.siteId = siteId;
        this.createdAt = Instant.now();
    }

    /** True when this membership gives its role at {@code site} of {@code study}. */
    public boolean covers(Long study, Long site) {
        return (studyId == null || studyId.equals(study)) && (siteId == null || siteId.equals(site));
    }

    public boolean sameGrant(Role r, Long study, Long site) {
        return role == r && Objects.equals(studyId, study) && Objects.equals(siteId, site);
    }

    public Long getId() { return id; }
    public UserAccount getUser() { return user; }
    public Role getRole() { return role; }
    public Long getStudyId() { return studyId; }
    public Long getSiteId() { return siteId; }

    @Override
    public String toString() {
        return role + " study=" + (studyId == null ? "*" : studyId) + " site=" + (siteId == null ? "*" : siteId);
    }
}
