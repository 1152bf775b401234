/**
 * The image library page of the back office: upload, thumbnails, alt text and caption, delete when unused.
 */
package kr.co.saenal.sandan.media.admin;
