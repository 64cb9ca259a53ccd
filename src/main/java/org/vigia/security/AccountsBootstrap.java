package org.vigia.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigia.account.PasswordHasher;
import org.vigia.account.Role;
import org.vigia.account.UserAccount;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.platform.ConfigKeys;
import org.vigia.site.Site;

/**
 * Creates the accounts a new installation needs. In demo mode: three demo sites and the demo accounts
 * (admin, datamanager, monitor, investigator, coordinator at site CN01 only, dmc) with the password from
 * {@code vigia.demo.password} or, when empty, a generated one printed once. Outside demo mode: the first
 * administrator from {@code vigia.admin.username}/{@code vigia.admin.password}, when no administrator exists.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AccountsBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountsBootstrap.class.getName());

    /** Demo accounts: username, printed name, role, site code (null: every site). */
    static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[] {"admin", "Ada Admin", "ADMIN", null},
            new String[] {"datamanager", "Dana Data-Manager", "DATA_MANAGER", null},
            new String[] {"monitor", "Mo Monitor", "MONITOR", null},
            new String[] {"investigator", "Dr. Ivy Investigator", "INVESTIGATOR", null},
            new String[] {"coordinator", "Cory Coordinator", "SITE_COORDINATOR", "CN01"},
            new String[] {"dmc", "Dr. Dee DMC", "DMC_MEMBER", null});

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditService audit;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO, defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_PASSWORD)
    private Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = ConfigKeys.ADMIN_USERNAME)
    private Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = ConfigKeys.ADMIN_PASSWORD)
    private Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = ConfigKeys.BASE_URL, defaultValue = "http://localhost:8080")
    private String baseUrl;

    @PostConstruct
    void bootstrap() {
        if (demo) {
            demoSites();
            demoAccounts();
        } else {
            firstAdministrator();
        }
    }

    private void demoSites() {
        for (String[] s : List.of(
                new String[] {"CN01", "Second Affiliated Hospital of Nanchang University", "CN", "Asia/Shanghai"},
                new String[] {"CN02", "Sun Yat-sen University Cancer Center", "CN", "Asia/Shanghai"},
                new String[] {"FR01", "Institut Gustave Roussy", "FR", "Europe/Paris"})) {
            if (siteId(s[0]) == null) {
                Site site = new Site(s[0], s[1], s[2], s[3]);
                em.persist(site);
                em.flush();
                audit.recordAll(AuditEntry.of("CREATE", "Site", site.getId())
                        .changes(Map.of(), Map.of("code", s[0], "name", s[1], "country", s[2], "timeZone", s[3])));
            }
        }
    }

    private void demoAccounts() {
        boolean given = demoPassword.filter(p -> !p.isBlank()).isPresent();
        boolean exist = exists("admin");
        if (exist && !given) {
            banner("Demo accounts: admin, datamanager, monitor, investigator, coordinator (site CN01), dmc");
            banner("Their password is the one printed at the first start (set VIGIA_DEMO_PASSWORD to reset it).");
            return;
        }
        String password = given ? demoPassword.get() : generate();
        String hash = hasher.hash(password);
        for (String[] a : DEMO_ACCOUNTS) {
            UserAccount user = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                    .setParameter("u", a[0]).getResultStream().findFirst().orElse(null);
            if (user == null) {
                user = new UserAccount(a[0], a[1], a[0] + "@demo.vigia.invalid", hash);
                em.persist(user);
                user.grant(Role.valueOf(a[2]), null, a[3] == null ? null : siteId(a[3]));
                em.flush();
                audit.record(AuditEntry.of("CREATE", "UserAccount", user.getId()).field("username", null, a[0])
                        .reason("demo account"));
                audit.record(AuditEntry.of("GRANT_ROLE", "UserAccount", user.getId())
                        .field("membership", null, user.getMemberships().get(0).toString()).reason("demo account"));
            } else {
                user.changePasswordHash(hash);
                audit.record(AuditEntry.of("RESET_PASSWORD", "UserAccount", user.getId())
                        .field("password", "***", "***").reason("VIGIA_DEMO_PASSWORD set at start-up"));
            }
        }
        banner("Demo accounts: admin, datamanager, monitor, investigator, coordinator (site CN01), dmc");
        banner("Password of every demo account: " + password + (given ? "  (from VIGIA_DEMO_PASSWORD)" : "  (generated; shown once)"));
        banner("Sign in at " + baseUrl + "/");
    }

    private void firstAdministrator() {
        Long admins = em.createQuery("select count(m) from Membership m where m.role = :r", Long.class)
                .setParameter("r", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        if (adminUsername.filter(u -> !u.isBlank()).isEmpty() || adminPassword.filter(p -> !p.isBlank()).isEmpty()) {
            LOG.warning("No administrator exists: set vigia.admin.username and vigia.admin.password (VIGIA_ADMIN_USERNAME, VIGIA_ADMIN_PASSWORD) to create the first one.");
            return;
        }
        UserAccount admin = new UserAccount(adminUsername.get().trim().toLowerCase(java.util.Locale.ROOT), "Administrator",
                null, hasher.hashNew(adminPassword.get()));
        em.persist(admin);
        admin.grant(Role.ADMIN, null, null);
        em.flush();
        audit.record(AuditEntry.of("CREATE", "UserAccount", admin.getId()).field("username", null, admin.getUsername())
                .reason("first administrator from configuration"));
        banner("First administrator '" + admin.getUsername() + "' created from configuration.");
    }

    private boolean exists(String username) {
        return em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() > 0;
    }

    private Long siteId(String code) {
        return em.createQuery("select s.id from Site s where s.code = :c", Long.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
    }

    private static String generate() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Printed to standard output; the run command repeats these lines once Vigia is ready. */
    private static void banner(String line) {
        System.out.println("VIGIA-BANNER " + line);
    }
}
