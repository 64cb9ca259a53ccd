package org.vigia.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/** Administration of user accounts and their roles. Every change is audited. */
@Stateless
@RolesAllowed("ADMIN")
public class UserAccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditService audit;

    @Inject
    private AccessGuard access;

    public List<UserAccount> list() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    public Optional<UserAccount> find(Long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @PermitAll
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    public UserAccount create(String username, String fullName, String email, String initialPassword) {
        String name = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (name != null && findByUsername(name).isPresent()) {
            throw new InvalidInput("username", Text.of(Bundle.MESSAGES, "users.refused.usernameTaken", name));
        }
        UserAccount user = new UserAccount(name, fullName, email, hasher.hashNew(initialPassword));
        em.persist(user);
        em.flush();
        audit.recordAll(AuditEntry.of("CREATE", "UserAccount", user.getId()).changes(Map.of(), describe(user)));
        return user;
    }

    public UserAccount update(Long id, long expectedVersion, String fullName, String email, String reason) {
        requireReason(reason);
        UserAccount user = load(id, expectedVersion);
        Map<String, Object> before = describe(user);
        user.rename(fullName, email);
        audit.recordAll(AuditEntry.of("UPDATE", "UserAccount", id).reason(reason).changes(before, describe(user)));
        return user;
    }

    public void setActive(Long id, boolean active, String reason) {
        requireReason(reason);
        UserAccount user = find(id).orElseThrow(() -> new RecordNotFound("User", id));
        if (!active && user.getUsername().equals(access.caller())) {
            throw new InvalidInput(Text.of(Bundle.MESSAGES, "users.refused.deactivateSelf"));
        }
        if (user.isActive() == active) {
            return;
        }
        if (active) {
            user.reactivate();
        } else {
            user.deactivate();
            hasher.forget(user.getUsername());
        }
        audit.record(AuditEntry.of(active ? "REACTIVATE" : "DEACTIVATE", "UserAccount", id)
                .field("active", !active, active).reason(reason));
    }

    public void resetPassword(Long id, String newPassword, String reason) {
        requireReason(reason);
        UserAccount user = find(id).orElseThrow(() -> new RecordNotFound("User", id));
        user.changePasswordHash(hasher.hashNew(newPassword));
        hasher.forget(user.getUsername());
        audit.record(AuditEntry.of("RESET_PASSWORD", "UserAccount", id).field("password", "***", "***").reason(reason));
    }

    public Membership grant(Long userId, Role role, Long studyId, Long siteId) {
        if (role == null) {
            throw new InvalidInput("role", Text.of(Bundle.MESSAGES, "users.refused.chooseRole"));
        }
        UserAccount user = find(userId).orElseThrow(() -> new RecordNotFound("User", userId));
        int before = user.getMemberships().size();
        Membership m = user.grant(role, studyId, siteId);
        if (user.getMemberships().size() > before) {
            em.flush();
            audit.record(AuditEntry.of("GRANT_ROLE", "UserAccount", userId).scope(studyId, siteId, null)
                    .field("membership", null, m.toString()));
        }
        return m;
    }

    public void revoke(Long userId, Long membershipId, String reason) {
        requireReason(reason);
        UserAccount user = find(userId).orElseThrow(() -> new RecordNotFound("User", userId));
        Membership m = user.getMemberships().stream().filter(x -> x.getId().equals(membershipId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Membership", membershipId));
        String was = m.toString();
        user.revoke(membershipId);
        audit.record(AuditEntry.of("REVOKE_ROLE", "UserAccount", userId).scope(m.getStudyId(), m.getSiteId(), null)
                .field("membership", was, null).reason(reason));
    }

    /**
     * The language to write to someone in (an e-mail): the one chosen by the account with this user name, else by
     * an active account with this e-mail address, else English ({@link UserAccount#language(String)}).
     */
    @PermitAll
    public java.util.Locale languageOf(String username, String email) {
        Optional<String> chosen = Optional.empty();
        if (username != null) {
            chosen = findByUsername(username).map(UserAccount::getLocale);
        }
        if (chosen.isEmpty() && email != null && !email.isBlank()) {
            chosen = em.createQuery("select u.locale from UserAccount u where lower(u.email) = :e and u.active = true"
                            + " and u.locale is not null order by u.id", String.class)
                    .setParameter("e", email.trim().toLowerCase(java.util.Locale.ROOT)).setMaxResults(1)
                    .getResultStream().findFirst();
        }
        return UserAccount.language(chosen.orElse(null));
    }

    /** Any signed-in user may choose the language of their screens. */
    @PermitAll
    public void preferLocale(String username, String languageTag) {
        findByUsername(username).ifPresent(u -> u.preferLocale(languageTag));
    }

    /** Changes to an account (details, activation, password, roles taken away) say why. */
    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", Text.of(Bundle.MESSAGES, "users.refused.reason"));
        }
    }

    private UserAccount load(Long id, long expectedVersion) {
        UserAccount user = find(id).orElseThrow(() -> new RecordNotFound("User", id));
        if (user.getVersion() != expectedVersion) {
            throw new EditConflict(Text.of(Bundle.MESSAGES, "record.user", user.getUsername()));
        }
        return user;
    }

    private static Map<String, Object> describe(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.getUsername());
        m.put("fullName", u.getFullName());
        m.put("email", u.getEmail());
        m.put("active", u.isActive());
        return m;
    }
}
