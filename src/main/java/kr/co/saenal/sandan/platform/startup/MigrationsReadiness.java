package kr.co.saenal.sandan.platform.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import kr.co.saenal.sandan.platform.health.Problems;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Ready while the schema is the one Flyway left when this server started ({@link DatabaseMigrationIntegrator}): the
 * newest migration in {@code flyway_schema_history} succeeded and has that version. Not ready when a migration
 * failed, when a node with newer code has migrated the schema past this one's (a rolling upgrade), or when an older
 * backup was restored under a running server. One query of one row.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    static final String NAME = "sandan-migrations";

    /** Quoted: Flyway creates its table with lower-case quoted names on H2 too. */
    private static final String NEWEST = "select \"version\", \"success\" from \"flyway_schema_history\""
            + " where \"version\" is not null order by \"installed_rank\" desc";

    private static volatile String migratedTo;

    @Resource(lookup = "java:jboss/datasources/SandanDS")
    DataSource dataSource;

    static void migratedTo(MigrationInfo current) {
        migratedTo = current == null || current.getVersion() == null
                ? ""
                : current.getVersion().getVersion();
    }

    @Override
    public HealthCheckResponse call() {
        String expected = migratedTo;
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (expected == null) {
            return response.down().withData("error", "Flyway has not run").build();
        }
        response.withData("expected", expected);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(NEWEST)) {
            statement.setMaxRows(1);
            try (ResultSet newest = statement.executeQuery()) {
                if (!newest.next()) {
                    return response.down()
                            .withData("error", "no migration recorded")
                            .build();
                }
                String version = newest.getString(1);
                boolean succeeded = newest.getBoolean(2);
                return response.status(succeeded && version.equals(expected))
                        .withData("version", version)
                        .withData("succeeded", succeeded)
                        .build();
            }
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", Problems.describe(e)).build();
        }
    }
}
