/**
 * The demo directory: KICOX's two bundled workbooks imported into an empty database at startup through the same
 * import editors use, once per installation even when nodes start together.
 */
package kr.co.saenal.sandan.complex.demo;
