package org.vigia.platform;

/**
 * The catalogue of Vigia's MicroProfile Config keys. Each key can be set as an environment variable
 * ({@code vigia.db.url} → {@code VIGIA_DB_URL}), a system property or in {@code config/microprofile-config.properties}.
 */
public final class ConfigKeys {
    public static final String DB_URL = "vigia.db.url";
    public static final String DB_USER = "vigia.db.user";
    public static final String DB_PASSWORD = "vigia.db.password";
    /** Seconds the deployment waits for a database that is still starting (see {@link DatabaseStartWait}). */
    public static final String DB_WAIT_SECONDS = "vigia.db.wait.seconds";
    public static final String DEMO = "vigia.demo";
    public static final String DEMO_DATA = "vigia.demo.data";
    public static final String DEMO_PASSWORD = "vigia.demo.password";
    public static final String DEMO_WORKERS = "vigia.demo.workers";
    public static final String ADMIN_USERNAME = "vigia.admin.username";
    public static final String ADMIN_PASSWORD = "vigia.admin.password";
    public static final String BASE_URL = "vigia.base.url";
    public static final String MAX_FAILED_LOGINS = "vigia.security.max.failed.logins";
    public static final String LOCKOUT_MINUTES = "vigia.security.lockout.minutes";
    public static final String PBKDF2_ITERATIONS = "vigia.security.pbkdf2.iterations";
    /**
     * Directory of the licensed questionnaire wording files ({@code EORTC_QLQ_C30_en.properties}, ...); unset: none,
     * the questionnaires show their neutral labels (see {@code org.vigia.instrument.InstrumentWording}).
     */
    public static final String INSTRUMENT_WORDING_DIR = "vigia.instrument.wording.dir";

    private ConfigKeys() {
    }
}
