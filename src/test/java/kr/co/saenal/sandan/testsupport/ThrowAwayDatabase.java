package kr.co.saenal.sandan.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates and drops the PostgreSQL database the integration tests run against ({@code -Ppostgres}), so that
 * every run starts empty and leaves nothing behind. Run by exec-maven-plugin around the integration tests.
 */
public final class ThrowAwayDatabase {

    private ThrowAwayDatabase() {}

    public static void main(String[] args) throws SQLException {
        if (args.length != 3 || !args[2].matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("usage: create|drop ADMIN_JDBC_URL DATABASE_NAME");
        }
        boolean create = args[0].equals("create");
        recreate(args[1], args[2], create);
        System.out.println((create ? "Created" : "Dropped") + " database " + args[2]);
    }

    /** Drops the database and, when {@code create}, makes it again empty. Tests that run a server of their own use it too. */
    public static void recreate(String adminJdbcUrl, String database, boolean create) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection admin = connect(adminJdbcUrl);
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            if (create) {
                sql.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }
    }

    /** A connection as the tests' PostgreSQL user (postgres/postgres unless -Duser/-Dpassword say otherwise). */
    public static Connection connect(String jdbcUrl) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", System.getProperty("user", "postgres"));
        login.setProperty("password", System.getProperty("password", "postgres"));
        // The driver directly, not DriverManager: exec:java runs twice in one JVM with different class loaders.
        return new org.postgresql.Driver().connect(jdbcUrl, login);
    }
}
