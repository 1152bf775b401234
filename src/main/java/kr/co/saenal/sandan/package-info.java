/**
 * Sandan: the website and back office of a Korean industrial-complex (산업단지) consultancy. Packaged by feature
 * ({@code news}, {@code comment}, {@code inquiry}, {@code media}, {@code security}, {@code site}, {@code discovery}),
 * then by layer inside a feature: the core (entities, services, repositories, read models), {@code web} (backing
 * beans of public pages), {@code admin} (back-office beans), {@code api} (JAX-RS). {@code platform} serves every
 * feature and knows none; {@code admin} holds the dashboard and what the back-office pages share. The rules are
 * checked on every build by {@code ArchitectureTest}.
 */
package kr.co.saenal.sandan;
