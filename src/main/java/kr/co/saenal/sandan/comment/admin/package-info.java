/**
 * The editors' side of comments: the moderation table ({@code /admin/news/comments}), the badge of pending
 * comments in the menu, and the comment settings.
 */
package kr.co.saenal.sandan.comment.admin;
