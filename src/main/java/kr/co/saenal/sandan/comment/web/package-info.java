/**
 * The comment form under each article and the approved comments it shows; both stateless, like the article
 * page they are part of.
 */
package kr.co.saenal.sandan.comment.web;
