package org.vigia.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code idempotency_key}: each call commits on its own (a claim is visible to a concurrent repeat at
 * once). A key is kept {@link #RETENTION} (24 hours) after its first use; older rows are purged every hour and a
 * key older than that may be used again.
 * <pre>{@code
 * if (store.claim(user, key, sha256)) { ...run...; store.complete(user, key, 201, null, "application/json", body); }
 * else store.find(user, key)   // the first response, or still running (status null)
 * }</pre>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {

    public static final Duration RETENTION = Duration.ofHours(24);

    /** A stored key: the first request's hash and, once it finished, its response. */
    public record Entry(String requestSha256, Integer status, String location, String contentType, byte[] body,
            Instant createdAt) {
        public boolean completed() {
            return status != null;
        }

        public boolean expired() {
            return createdAt.isBefore(Instant.now().minus(RETENTION));
        }
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * Inserts the key unless it exists; true when this call claimed it. A concurrent claim of the same key waits for
     * this one's commit and then finds the row (one insert, no read-then-write, so no gap-lock deadlock).
     */
    public boolean claim(String username, String key, String requestSha256) {
        return em.createNativeQuery("insert ignore into idempotency_key (username, idem_key, request_sha256, created_at)"
                        + " values (?, ?, ?, ?)")
                .setParameter(1, username).setParameter(2, key).setParameter(3, requestSha256)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate() == 1;
    }

    /** Deletes the key if it is older than {@link #RETENTION}; true when it was (the key may then be claimed again). */
    public boolean forgetExpired(String username, String key) {
        return em.createNativeQuery("delete from idempotency_key where username = ? and idem_key = ? and created_at < ?")
                .setParameter(1, username).setParameter(2, key)
                .setParameter(3, Timestamp.from(Instant.now().minus(RETENTION))).executeUpdate() == 1;
    }

    public Optional<Entry> find(String username, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_sha256, status, location, content_type, body,"
                        + " created_at from idempotency_key where username = ? and idem_key = ?")
                .setParameter(1, username).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Entry((String) r[0],
                r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (byte[]) r[4],
                instant(r[5])));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return Instant.now();
    }

    /** Stores the first request's response. */
    public void complete(String username, String key, int status, String location, String contentType, byte[] body) {
        em.createNativeQuery("update idempotency_key set status = ?, location = ?, content_type = ?, body = ?,"
                        + " completed_at = ? where username = ? and idem_key = ?")
                .setParameter(1, status).setParameter(2, location).setParameter(3, contentType).setParameter(4, body)
                .setParameter(5, Timestamp.from(Instant.now())).setParameter(6, username).setParameter(7, key)
                .executeUpdate();
    }

    /** Forgets a key whose first request was refused or failed (nothing was created): a retry with it runs again. */
    public void release(String username, String key) {
        em.createNativeQuery("delete from idempotency_key where username = ? and idem_key = ? and status is null")
                .setParameter(1, username).setParameter(2, key).executeUpdate();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void purge() {
        em.createNativeQuery("delete from idempotency_key where created_at < ?")
                .setParameter(1, Timestamp.from(Instant.now().minus(RETENTION))).executeUpdate();
    }
}
