package kr.co.saenal.sandan.platform.startup;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Brings the schema up to date with Flyway while Hibernate builds its session factory: integrators run before
 * Hibernate validates the schema, so the validation always sees the migrated database and no request can reach
 * an old one. Registered in {@code META-INF/services}.
 */
public class DatabaseMigrationIntegrator implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/SandanDS";

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        Flyway flyway = Flyway.configure(DatabaseMigrationIntegrator.class.getClassLoader())
                .dataSource(lookup())
                .locations("classpath:db/migration")
                .load();
        flyway.migrate();
        MigrationsReadiness.migratedTo(flyway.info().current());
    }

    private static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "Datasource " + DATASOURCE + " is missing: apply wildfly-config/datasource-*.cli", e);
        }
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
