/**
 * The image library: uploads checked by what they are (magic bytes, decoding, pixel limit), stored with their
 * 480/960 variants in the database so every node serves the same bytes, and served with long-lived cache headers.
 * Who uses a picture is asked through {@code ImageUsage}, which the features that show pictures implement.
 */
package kr.co.saenal.sandan.media;
