/** Demo questions and answers (src/main/resources/demo/faq.json), loaded once into an empty FAQ at start-up. */
package kr.co.saenal.sandan.faq.demo;
