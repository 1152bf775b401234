package kr.co.saenal.sandan;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file ({@code "…"} and text blocks), with the line each starts on: comments and
 * character literals are skipped, escapes are read the way the compiler reads them. Enough of a lexer for the source
 * checks of the texts; not a parser.
 */
final class JavaLiterals {

    /** One literal: its value and the line (from 1) where it starts. */
    record Literal(int line, String value) {}

    private final String source;
    private final List<Literal> literals = new ArrayList<>();
    private int at;
    private int line = 1;

    private JavaLiterals(String source) {
        this.source = unicodeEscapesRead(source);
    }

    static List<Literal> of(String source) {
        JavaLiterals lexer = new JavaLiterals(source);
        lexer.read();
        return lexer.literals;
    }

    private void read() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (source.startsWith("//", at)) {
                skipTo("\n");
            } else if (source.startsWith("/*", at)) {
                at += 2;
                skipTo("*/");
                at += 2;
            } else if (source.startsWith("\"\"\"", at)) {
                textBlock();
            } else if (c == '"') {
                string();
            } else if (c == '\'') {
                character();
            } else {
                advance();
            }
        }
    }

    private void string() {
        int start = line;
        at++;
        StringBuilder value = new StringBuilder();
        while (at < source.length() && source.charAt(at) != '"' && source.charAt(at) != '\n') {
            value.append(escapedOrPlain());
        }
        at++;
        literals.add(new Literal(start, value.toString()));
    }

    /** The value of a text block, without the indentation the compiler strips (close enough for the checks). */
    private void textBlock() {
        int start = line;
        at += 3;
        skipTo("\n");
        advance();
        StringBuilder value = new StringBuilder();
        while (at < source.length() && !source.startsWith("\"\"\"", at)) {
            value.append(escapedOrPlain());
        }
        at += 3;
        literals.add(new Literal(start, value.toString().stripIndent()));
    }

    private void character() {
        at++;
        while (at < source.length() && source.charAt(at) != '\'' && source.charAt(at) != '\n') {
            escapedOrPlain();
        }
        at++;
    }

    private String escapedOrPlain() {
        char c = source.charAt(at);
        if (c != '\\' || at + 1 >= source.length()) {
            advance();
            return String.valueOf(c);
        }
        char next = source.charAt(at + 1);
        at += 2;
        return switch (next) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 's' -> " ";
            case '\n' -> {
                line++;
                yield "";
            }
            default -> String.valueOf(next);
        };
    }

    private void skipTo(String end) {
        while (at < source.length() && !source.startsWith(end, at)) {
            advance();
        }
    }

    private void advance() {
        if (source.charAt(at) == '\n') {
            line++;
        }
        at++;
    }

    /** Unicode escapes (backslash, u, four hex digits) are read before anything else, as javac does. */
    private static String unicodeEscapesRead(String source) {
        StringBuilder read = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == '\\') {
                read.append("\\\\");
                i += 2;
            } else if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int hex = i + 1;
                while (hex < source.length() && source.charAt(hex) == 'u') {
                    hex++;
                }
                read.append((char) Integer.parseInt(source.substring(hex, hex + 4), 16));
                i = hex + 4;
            } else {
                read.append(c);
                i++;
            }
        }
        return read.toString();
    }
}
