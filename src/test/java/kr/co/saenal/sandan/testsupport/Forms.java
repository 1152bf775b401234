package kr.co.saenal.sandan.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Fills in an HTML form the way a browser submits it: hidden fields (view state) included. */
public final class Forms {

    private Forms() {}

    /** The form's current values: hidden and text inputs, textareas and selected options; no buttons, no unticked boxes. */
    public static Map<String, String> values(Document page, String formId) {
        Element form = form(page, formId);
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (type.equals("submit")
                    || type.equals("button")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            values.put(input.attr("name"), input.val());
        }
        form.select("textarea[name]").forEach(t -> values.put(t.attr("name"), t.val()));
        form.select("select[name]")
                .forEach(s -> values.put(
                        s.attr("name"),
                        s.select("option[selected]").isEmpty()
                                ? ""
                                : s.select("option[selected]").first().val()));
        return values;
    }

    /**
     * What a browser would send when the visitor fills in {@code typed} and presses the submit button:
     * the form's hidden fields (view state) and current values, overridden by {@code typed}.
     */
    public static Map<String, String> submission(Document page, String formId, Map<String, String> typed) {
        Map<String, String> values = values(page, formId);
        values.putAll(typed);
        Map.Entry<String, String> button = submitButton(page, formId);
        values.put(button.getKey(), button.getValue());
        return values;
    }

    /** The same, pressing the button whose name ends with {@code buttonName} (for forms with several buttons). */
    public static Map<String, String> submission(
            Document page, String formId, String buttonName, Map<String, String> typed) {
        Map<String, String> values = values(page, formId);
        values.putAll(typed);
        Element button = form(page, formId).select("input[type=submit], button[type=submit]").stream()
                .filter(b -> b.attr("name").endsWith(buttonName) && !b.hasAttr("disabled"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("Form " + formId + " has no enabled button named *" + buttonName));
        values.put(button.attr("name"), button.val());
        return values;
    }

    /** Where the form posts to (its action), as a path. */
    public static String action(Document page, String formId) {
        return form(page, formId).attr("action");
    }

    /** The name=value pair of the form's (single) submit button, so that Faces knows which action to run. */
    public static Map.Entry<String, String> submitButton(Document page, String formId) {
        Element button = form(page, formId).selectFirst("input[type=submit], button[type=submit]");
        if (button == null) {
            throw new AssertionError("Form " + formId + " has no submit button");
        }
        return Map.entry(button.attr("name"), button.val());
    }

    private static Element form(Document page, String formId) {
        Element form = page.getElementById(formId);
        if (form == null || !form.tagName().equals("form")) {
            throw new AssertionError("No form #" + formId + " in page:\n" + page.title());
        }
        return form;
    }
}
