package org.vigia.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed-attempt counter of an account, kept atomic under parallel attempts: each failure is one
 * {@code UPDATE ... SET failed_logins = failed_logins + 1} in a short transaction of its own, and the lockout is
 * decided by a second {@code UPDATE} on the same row while the first one's row lock is held. Thirty-two wrong
 * passwords sent at once therefore lock the account once (the {@code max}-th failure), and the later ones find it
 * locked; no attempt loses an optimistic-lock race. The entity's version is not touched, so an administrator's
 * open edit of the account is not made stale by someone guessing its password.
 * <pre>{@code
 * Outcome o = counter.failure(user.getId(), Instant.now(), 5, Duration.ofMinutes(15));  // LOCKED on the fifth
 * }</pre>
 */
@Stateless
public class LockoutCounter {

    /** What a failed attempt did to the account. */
    public enum Outcome {
        /** Counted; the account is not locked. */
        COUNTED,
        /** This attempt reached the limit and locked the account. */
        LOCKED,
        /** The account was already locked (by a parallel attempt): nothing counted. */
        ALREADY_LOCKED
    }

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome failure(Long userId, Instant now, int maxFailures, Duration lockout) {
        int counted = em.createQuery("update UserAccount u set u.failedLogins = u.failedLogins + 1, u.lockedUntil = null"
                        + " where u.id = :id and (u.lockedUntil is null or u.lockedUntil <= :now)")
                .setParameter("id", userId).setParameter("now", now).executeUpdate();
        if (counted == 0) {
            return Outcome.ALREADY_LOCKED;
        }
        int locked = em.createQuery("update UserAccount u set u.lockedUntil = :until, u.failedLogins = 0"
                        + " where u.id = :id and u.failedLogins >= :max")
                .setParameter("id", userId).setParameter("until", now.plus(lockout)).setParameter("max", maxFailures)
                .executeUpdate();
        return locked == 1 ? Outcome.LOCKED : Outcome.COUNTED;
    }

    /**
     * A successful sign-in: resets the counter (and records the time when {@code signIn}). Returns false when the
     * account was locked meanwhile by a parallel failure: the sign-in is then refused.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean success(Long userId, Instant now, boolean signIn) {
        String set = signIn ? "u.failedLogins = 0, u.lockedUntil = null, u.lastLoginAt = :now"
                : "u.failedLogins = 0, u.lockedUntil = null";
        return em.createQuery("update UserAccount u set " + set
                        + " where u.id = :id and (u.lockedUntil is null or u.lockedUntil <= :now)")
                .setParameter("id", userId).setParameter("now", now).executeUpdate() == 1;
    }
}
