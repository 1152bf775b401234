package kr.co.saenal.sandan.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.platform.KoreanParticles;

/**
 * The small markup a policy version is written in, so that editors write text and never HTML:
 *
 * <ul>
 *   <li>blocks are separated by empty lines; {@code ## 제목} and {@code ### 제목} are headings, optionally ending in
 *       an anchor {@code {#cookies}}; lines starting with {@code - } make a list; anything else a paragraph;
 *   <li>{@code `sandan_read`} is code;
 *   <li>{@code {회사}} is the company name from the settings, {@code {회사:은}} (or 는, 이/가, 을/를, 과/와, 으로/로)
 *       the name with the particle its last syllable asks for ({@link KoreanParticles});
 *   <li>a line that is only {@code [[동의안내]]}, {@code [[보유기간]]}, {@code [[처리위탁]]} or {@code [[보호책임자]]}
 *       is filled in from the current consent notice and settings.
 * </ul>
 *
 * Every text is HTML-escaped; nothing an editor types reaches the page as markup.
 */
public final class PolicyText {

    public static final int MAX_LENGTH = 50_000;

    static final Map<String, PolicyBlock.Kind> PARTS = Map.of(
            "동의안내", PolicyBlock.Kind.CONSENT_NOTICE,
            "보유기간", PolicyBlock.Kind.RETENTION,
            "처리위탁", PolicyBlock.Kind.PROCESSORS,
            "보호책임자", PolicyBlock.Kind.OFFICER);

    private static final Pattern PART = Pattern.compile("\\[\\[([^\\]]*)]]");
    private static final Pattern COMPANY = Pattern.compile("\\{회사(?::([^}]*))?}");
    private static final Pattern ANCHOR = Pattern.compile("\\s*\\{#([a-z][a-z0-9-]{0,40})}\\s*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private PolicyText() {}

    /**
     * What is wrong with a text in this markup, in the words of {@code PrivacyPolicies}' texts: keys with their
     * value ({@code "part.unknown", "[[보호책임]]"}), empty when nothing is.
     */
    static List<String[]> problems(String body) {
        List<String[]> problems = new ArrayList<>();
        Matcher part = PART.matcher(body);
        while (part.find()) {
            if (!PARTS.containsKey(part.group(1).strip())) {
                problems.add(new String[] {"part.unknown", part.group()});
            }
        }
        Matcher company = COMPANY.matcher(body);
        while (company.find()) {
            String particle = company.group(1);
            if (particle != null) {
                try {
                    KoreanParticles.particle("", particle.strip());
                } catch (IllegalArgumentException e) {
                    problems.add(new String[] {"particle.unknown", company.group()});
                }
            }
        }
        for (String required : List.of("처리위탁", "보호책임자")) {
            if (!body.contains("[[" + required + "]]")) {
                problems.add(new String[] {"part.required", "[[" + required + "]]"});
            }
        }
        return problems;
    }

    /** The blocks of a text, with the company's name put in. */
    public static List<PolicyBlock> blocks(String body, String companyName) {
        List<PolicyBlock> blocks = new ArrayList<>();
        for (String chunk : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            String text = chunk.strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher part = PART.matcher(text);
            if (part.matches() && PARTS.containsKey(part.group(1).strip())) {
                blocks.add(new PolicyBlock(PARTS.get(part.group(1).strip()), "", ""));
            } else if (text.startsWith("### ") || text.startsWith("## ")) {
                boolean sub = text.startsWith("### ");
                String heading = text.substring(sub ? 4 : 3).strip().replace('\n', ' ');
                String anchor = "";
                Matcher a = ANCHOR.matcher(heading);
                if (a.find()) {
                    anchor = a.group(1);
                    heading = heading.substring(0, a.start());
                }
                blocks.add(new PolicyBlock(
                        sub ? PolicyBlock.Kind.SUBHEADING : PolicyBlock.Kind.HEADING,
                        inline(heading, companyName),
                        anchor));
            } else if (text.lines().allMatch(line -> line.startsWith("- "))) {
                StringBuilder items = new StringBuilder();
                text.lines()
                        .forEach(line -> items.append("<li>")
                                .append(inline(line.substring(2).strip(), companyName))
                                .append("</li>"));
                blocks.add(new PolicyBlock(PolicyBlock.Kind.LIST, items.toString(), ""));
            } else {
                blocks.add(
                        new PolicyBlock(PolicyBlock.Kind.PARAGRAPH, inline(text.replace('\n', ' '), companyName), ""));
            }
        }
        return blocks;
    }

    /** Escaped text with code spans and the company's name (with its particle) put in. */
    static String inline(String text, String companyName) {
        String escaped = escape(text);
        escaped = CODE.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
        return COMPANY.matcher(escaped).replaceAll(m -> {
            String name = escape(companyName);
            String particle = m.group(1);
            if (particle == null) {
                return Matcher.quoteReplacement(name);
            }
            try {
                return Matcher.quoteReplacement(name + KoreanParticles.particle(companyName, particle.strip()));
            } catch (IllegalArgumentException e) {
                return Matcher.quoteReplacement(m.group()); // refused on save; shown as written if it got in before
            }
        });
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
