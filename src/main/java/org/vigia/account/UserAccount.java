package org.vigia.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * A person who signs in to Vigia. Holds a salted PBKDF2 hash of the password (never the password), the
 * lockout state (failed attempts and the end of a lockout, counted atomically by
 * {@code org.vigia.security.LockoutCounter}) and the memberships that give roles at studies and sites.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    @MaxLength(TextLimits.USERNAME)
    private String username;

    @Column(name = "full_name", nullable = false)
    @MaxLength(TextLimits.FULL_NAME)
    private String fullName;

    @MaxLength(TextLimits.EMAIL)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    /** The language the user chose (a BCP 47 tag), {@code null} until they choose one. */
    @Column
    private String locale;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Membership> memberships = new ArrayList<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String email, String passwordHash) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", Text.of(Bundle.MESSAGES, "users.refused.username"));
        }
        this.username = username;
        rename(fullName, email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Instant.now();
        this.passwordChangedAt = createdAt;
    }

    public void rename(String newFullName, String newEmail) {
        if (newFullName == null || newFullName.isBlank()) {
            throw new InvalidInput("fullName", Text.of(Bundle.MESSAGES, "users.refused.fullName"));
        }
        if (newEmail != null && !newEmail.isBlank() && !newEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput("email", Text.of(Bundle.MESSAGES, "users.refused.email", newEmail));
        }
        this.fullName = newFullName.trim();
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.trim();
    }

    /** True while a lockout runs at {@code now}. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = Instant.now();
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void preferLocale(String languageTag) {
        this.locale = languageTag;
    }

    public Membership grant(Role role, Long studyId, Long siteId) {
        if (role == Role.SITE_COORDINATOR && siteId == null) {
            throw new InvalidInput("siteId", Text.of(Bundle.MESSAGES, "users.refused.coordinatorSite"));
        }
        if (siteId != null && studyId == null && role != Role.SITE_COORDINATOR && role != Role.INVESTIGATOR) {
            throw new InvalidInput("studyId", Text.of(Bundle.MESSAGES, "users.refused.siteStudy"));
        }
        for (Membership m : memberships) {
            if (m.sameGrant(role, studyId, siteId)) {
                return m;
            }
        }
        Membership m = new Membership(this, role, studyId, siteId);
        memberships.add(m);
        return m;
    }

    public boolean revoke(Long membershipId) {
        return memberships.removeIf(m -> m.getId() != null && m.getId().equals(membershipId));
    }

    /** The roles this user holds anywhere: the groups of the signed-in caller. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        memberships.forEach(m -> roles.add(m.getRole()));
        return roles;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isActive() { return active; }
    /** The supported language of a stored tag: Simplified Chinese for {@code zh...}, French for {@code fr...}, English otherwise. */
    public static java.util.Locale language(String languageTag) {
        return org.vigia.shared.text.Languages.ofTag(languageTag).orElse(java.util.Locale.ENGLISH);
    }

    /** The language tag the user chose ({@code zh-CN}, {@code fr}, {@code en}), or {@code null} if they never chose one. */
    public String getLocale() { return locale; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public List<Membership> getMemberships() { return Collections.unmodifiableList(memberships); }
}
