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

    private ThrowAwayDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 3 || !args[2].matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("usage: create|drop ADMIN_JDBC_URL DATABASE_NAME");
        }
        String database = args[2];
        Properties login = new Properties();
        login.setProperty("user", System.getProperty("user", "postgres"));
        login.setProperty("password", System.getProperty("password", "postgres"));
        // The driver directly, not DriverManager: exec:java runs twice in one JVM with different class loaders.
        try (Connection admin = new org.postgresql.Driver().connect(args[1], login);
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            if (args[0].equals("create")) {
                sql.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }
        System.out.println((args[0].equals("create") ? "Created" : "Dropped") + " database " + database);
    }
}
