/**
 * The newsroom of the back office: the news table, the editor (draft, publish now or at a time), preview,
 * history with restore, and the categories.
 */
package kr.co.saenal.sandan.news.admin;
