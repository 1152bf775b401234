package kr.co.saenal.sandan.complex.web;

import java.util.List;
import kr.co.saenal.sandan.complex.ComplexListParameters;

/** What a page says about values of its address it did not use: which value, of which filter, and why. */
final class DirectoryNotes {

    private DirectoryNotes() {}

    static List<String> of(List<ComplexListParameters.Problem> problems) {
        return problems.stream()
                .map(problem -> DirectoryTexts.say(
                        "web.directory.notUsed",
                        shortened(problem.value()),
                        DirectoryTexts.say("web.directory.parameter." + problem.parameter()),
                        problem.message()))
                .toList();
    }

    /** A value as the note repeats it: at most 40 characters. */
    private static String shortened(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 39) + "\u2026";
    }
}
