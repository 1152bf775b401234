package kr.co.saenal.sandan.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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
        try (Connection admin = DriverManager.getConnection(args[1], System.getProperty("user", "postgres"), "");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            if (args[0].equals("create")) {
                sql.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }
        System.out.println((args[0].equals("create") ? "Created" : "Dropped") + " database " + database);
    }
}
