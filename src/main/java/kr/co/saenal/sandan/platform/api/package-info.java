/**
 * The JAX-RS application under {@code /api}: RFC 9457 problems for every failure, bounded and strict reading of
 * request bodies.
 */
package kr.co.saenal.sandan.platform.api;
