package org.vigia.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway scripts in {@code sql/} (packaged as {@code db/migration})
 * before anything else touches the database. Other start-up beans declare {@code @DependsOn("DatabaseMigrator")}.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/vigia",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=vigia.db.url}",
        user = "${MPCONFIG=vigia.db.user}",
        password = "${MPCONFIG=vigia.db.password}",
        minPoolSize = 2,
        maxPoolSize = 48,
        properties = {
                // Each connection is checked when taken from the pool, with Connection.isValid (a ping to the
                // server; "meta-data" validation never reached it, so connections that a MariaDB restart had closed
                // were handed out); one failed check closes them all, and new ones are made when the server is back.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/vigia")
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied)");
    }
}
