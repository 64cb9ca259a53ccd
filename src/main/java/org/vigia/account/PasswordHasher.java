package org.vigia.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigia.platform.ConfigKeys;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Salted PBKDF2 (HMAC-SHA-512) password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}.
 * <p>
 * An API client sends its password with every request (HTTP Basic). So that each request does not cost a full
 * PBKDF2 derivation, a successful verification is remembered for five minutes as an HMAC of the password under
 * a random key that lives only in this process, bound to the stored hash: a password change invalidates it.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 10;
    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = ConfigKeys.PBKDF2_ITERATIONS, defaultValue = "210000")
    private int iterations;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new byte[32];

    private record Verified(String storedHash, byte[] mac, Instant until) {
    }

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        new SecureRandom().nextBytes(cacheKey);
    }

    /** Hashes a password a user chose; throws {@link InvalidInput} when it is too weak. */
    public String hashNew(String password) {
        checkStrength(password);
        return hash(password);
    }

    /** Hashes without the strength rule (demo password given in configuration). */
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public static void checkStrength(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput("password", Text.of(Bundle.MESSAGES, "password.tooShort", MIN_LENGTH));
        }
        if (password.chars().allMatch(Character::isLetter) || password.chars().allMatch(Character::isDigit)) {
            throw new InvalidInput("password", Text.of(Bundle.MESSAGES, "password.mix"));
        }
    }

    public boolean verify(String username, String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        byte[] mac = mac(username, password);
        Verified v = verified.get(username);
        if (v != null && v.storedHash.equals(storedHash) && Instant.now().isBefore(v.until)
                && MessageDigest.isEqual(v.mac, mac)) {
            return true;
        }
        boolean ok = pbkdf2.verify(password.toCharArray(), storedHash);
        if (ok) {
            verified.put(username, new Verified(storedHash, mac, Instant.now().plus(REMEMBER)));
        } else {
            verified.remove(username);
        }
        return ok;
    }

    public void forget(String username) {
        verified.remove(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
