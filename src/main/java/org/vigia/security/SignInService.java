package org.vigia.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigia.account.Role;
import org.vigia.account.UserAccount;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.platform.ConfigKeys;

/**
 * Checks a username and password, applies the lockout rule and records the outcome in the audit trail.
 * Every refusal looks the same to the caller (unknown user, wrong password, inactive, locked): the screen says
 * "invalid username or password" in each case, so that the lockout does not reveal which accounts exist.
 */
@Stateless
public class SignInService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditService audit;

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
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        Instant now = Instant.now();
        UserAccount user = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", name).getResultStream().findFirst().orElse(null);
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
            boolean locked = user.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockoutMinutes));
            audit.recordAlways(name, AuditEntry.of("SIGN_IN_FAILED", "UserAccount", user.getId()).reason("wrong password"));
            if (locked) {
                audit.recordAlways(name, AuditEntry.of("ACCOUNT_LOCKED", "UserAccount", user.getId())
                        .reason(maxFailures + " failed sign-ins; locked for " + lockoutMinutes + " minutes"));
            }
            return Optional.empty();
        }
        if (interactive) {
            user.recordSuccessfulSignIn(now);
            audit.recordAlways(name, AuditEntry.of("SIGN_IN", "UserAccount", user.getId()));
        } else if (user.getFailedLogins() > 0) {
            user.recordSuccessfulSignIn(now);
        }
        return Optional.of(new CallerInfo(name, user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet())));
    }

    public void recordSignOut(String username, String how) {
        audit.recordAlways(username, AuditEntry.of(how, "UserAccount", null));
    }
}
