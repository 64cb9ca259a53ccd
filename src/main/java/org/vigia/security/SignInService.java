package org.vigia.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigia.account.PasswordHasher;
import org.vigia.account.Role;
import org.vigia.account.UserAccount;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.platform.ConfigKeys;

/**
 * Checks a username and password, applies the lockout rule and records the outcome in the audit trail.
 * Every refusal looks the same to the caller (unknown user, wrong password, inactive, locked): the screen says
 * "invalid username or password" in each case, so that the lockout does not reveal which accounts exist.
 * <p>
 * The password derivation runs outside any transaction; the failure count is changed atomically by
 * {@link LockoutCounter} and the audit rows are written in transactions of their own, so parallel attempts
 * neither fail nor escape the count. A password re-entered to sign a record ({@link #confirmPassword}) counts
 * towards the same lockout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInService {

    /** Longest username an account can have ({@code user_account.username}); a longer one is unknown. */
    static final int MAX_USERNAME = 64;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditService audit;

    @Inject
    private LockoutCounter counter;

    @Inject
    @ConfigProperty(name = ConfigKeys.MAX_FAILED_LOGINS, defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = ConfigKeys.LOCKOUT_MINUTES, defaultValue = "15")
    private int lockoutMinutes;

    /**
     * @param interactive true for a sign-in on the sign-in page (audited as SIGN_IN); false for an API request
     *                    with HTTP Basic (only failures are audited)
     */
    public Optional<CallerInfo> verify(String username, String password, boolean interactive) {
        if (username == null || username.isBlank() || password == null) {
            return Optional.empty();
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (name.length() > MAX_USERNAME) {
            audit.recordAlways(name.substring(0, MAX_USERNAME - 3) + "...", AuditEntry.of("SIGN_IN_FAILED", "UserAccount", null)
                    .reason("unknown username (" + name.length() + " characters, longer than any account's)"));
            return Optional.empty();
        }
        Instant now = Instant.now();
        UserAccount user = find(name);
        if (user == null) {
            audit.recordAlways(name, AuditEntry.of("SIGN_IN_FAILED", "UserAccount", null).reason("unknown username"));
            return Optional.empty();
        }
        if (!user.isActive()) {
            audit.recordAlways(name, AuditEntry.of("SIGN_IN_FAILED", "UserAccount", user.getId()).reason("account deactivated"));
            return Optional.empty();
        }
        if (user.isLockedAt(now)) {
            audit.recordAlways(name, AuditEntry.of("SIGN_IN_FAILED", "UserAccount", user.getId())
                    .reason("account locked until " + user.getLockedUntil()));
            return Optional.empty();
        }
        if (!hasher.verify(name, password, user.getPasswordHash())) {
            failed(user, "SIGN_IN_FAILED", "wrong password", now);
            return Optional.empty();
        }
        if (interactive || user.getFailedLogins() > 0) {
            if (!counter.success(user.getId(), now, interactive)) {
                audit.recordAlways(name, AuditEntry.of("SIGN_IN_FAILED", "UserAccount", user.getId())
                        .reason("account locked by a parallel attempt"));
                return Optional.empty();
            }
        }
        if (interactive) {
            audit.recordAlways(name, AuditEntry.of("SIGN_IN", "UserAccount", user.getId()));
        }
        return Optional.of(new CallerInfo(name, user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                user.getPasswordChangedAt()));
    }

    /**
     * Re-reads the account behind a page session (one query, on every request): empty when the account has been
     * deactivated, locked, removed or its password reset since the sign-in (the session must end; audited as
     * {@code SESSION_ENDED}); else the caller with the roles the account holds now.
     */
    public Optional<CallerInfo> recheck(CallerInfo caller) {
        List<Object[]> rows = em.createQuery("select u.id, u.active, u.passwordChangedAt, u.lockedUntil, m.role"
                        + " from UserAccount u left join u.memberships m where u.username = :u", Object[].class)
                .setParameter("u", caller.username()).getResultList();
        String ended = null;
        if (rows.isEmpty()) {
            ended = "account removed";
        } else if (!Boolean.TRUE.equals(rows.get(0)[1])) {
            ended = "account deactivated";
        } else if (!Objects.equals(rows.get(0)[2], caller.passwordChangedAt())) {
            ended = "password reset";
        } else if (rows.get(0)[3] instanceof Instant until && Instant.now().isBefore(until)) {
            ended = "account locked";
        }
        if (ended != null) {
            audit.recordAlways(caller.username(), AuditEntry.of("SESSION_ENDED", "UserAccount",
                    rows.isEmpty() ? null : rows.get(0)[0]).reason(ended));
            return Optional.empty();
        }
        Set<String> roles = rows.stream().map(r -> r[4]).filter(Objects::nonNull).map(r -> ((Role) r).name())
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(roles.equals(caller.groups()) ? caller
                : new CallerInfo(caller.username(), roles, caller.passwordChangedAt()));
    }

    /**
     * Checks the password that the signed-in {@code username} re-enters to sign a record. A wrong password counts
     * towards the sign-in lockout (audited as {@code SIGNATURE_PASSWORD_FAILED}, and {@code ACCOUNT_LOCKED} when it
     * locks the account); while the account is locked even the right password is refused.
     */
    public boolean confirmPassword(String username, String password) {
        if (username == null || password == null || password.isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        UserAccount user = find(username);
        if (user == null || !user.isActive()) {
            return false;
        }
        if (user.isLockedAt(now)) {
            audit.recordAlways(username, AuditEntry.of("SIGNATURE_PASSWORD_FAILED", "UserAccount", user.getId())
                    .reason("account locked until " + user.getLockedUntil()));
            return false;
        }
        if (!hasher.verify(username, password, user.getPasswordHash())) {
            failed(user, "SIGNATURE_PASSWORD_FAILED", "wrong password re-entered to sign", now);
            return false;
        }
        return user.getFailedLogins() == 0 || counter.success(user.getId(), now, false);
    }

    public void recordSignOut(String username, String how) {
        audit.recordAlways(username, AuditEntry.of(how, "UserAccount", null));
    }

    private UserAccount find(String name) {
        // with its memberships (the caller's roles) in the same query
        return em.createQuery("select distinct u from UserAccount u left join fetch u.memberships where u.username = :u",
                        UserAccount.class).setParameter("u", name).getResultStream().findFirst().orElse(null);
    }

    private void failed(UserAccount user, String action, String reason, Instant now) {
        LockoutCounter.Outcome outcome = counter.failure(user.getId(), now, maxFailures, Duration.ofMinutes(lockoutMinutes));
        String name = user.getUsername();
        audit.recordAlways(name, AuditEntry.of(action, "UserAccount", user.getId())
                .reason(outcome == LockoutCounter.Outcome.ALREADY_LOCKED ? reason + "; account already locked" : reason));
        if (outcome == LockoutCounter.Outcome.LOCKED) {
            hasher.forget(name);
            audit.recordAlways(name, AuditEntry.of("ACCOUNT_LOCKED", "UserAccount", user.getId())
                    .reason(maxFailures + " failed attempts; locked for " + lockoutMinutes + " minutes"));
        }
    }
}
