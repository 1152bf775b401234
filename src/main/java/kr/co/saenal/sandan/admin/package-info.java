/**
 * The back office's home: the dashboard (figures from the features' own figure services, never personal data) and
 * the helpers the back-office pages of every feature share. Each feature keeps its own back-office beans in its
 * {@code admin} package.
 */
package kr.co.saenal.sandan.admin;
