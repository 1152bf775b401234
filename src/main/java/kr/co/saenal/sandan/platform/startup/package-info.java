/**
 * Database migrations (Flyway), run inside Hibernate's bootstrap so that no request can reach an old schema.
 */
package kr.co.saenal.sandan.platform.startup;
