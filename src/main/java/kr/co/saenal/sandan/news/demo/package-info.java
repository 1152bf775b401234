/**
 * Demo content: categories, posts and drawn pictures loaded into an empty database at startup, once per
 * installation even when nodes start together.
 */
package kr.co.saenal.sandan.news.demo;
