/**
 * Health checks every installation has (MicroProfile Health, served by WildFly on the management interface at
 * {@code /health/ready} and {@code /health/live}): the database answers, the server is not deadlocked. Each feature
 * checks its own state beside them (the search index, the mail outbox); docs/operations.md lists them all.
 */
package kr.co.saenal.sandan.platform.health;
