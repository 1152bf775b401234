package kr.co.saenal.sandan.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the policy names from the settings: the privacy officer (개인정보 보호책임자: name, department or title,
 * phone, e-mail; §31) and the processors (§26). Stored in {@code site_setting} rows {@code privacy.*}; the
 * processors as one row, a line per processor, {@code 수탁자 | 위탁하는 업무}.
 */
public record PrivacyContacts(
        String officerName, String officerDepartment, String officerPhone, String officerEmail, String processors) {

    static final String PREFIX = "privacy.";

    static PrivacyContacts from(Map<String, String> values) {
        return new PrivacyContacts(
                values.getOrDefault("privacy.officer.name", ""),
                values.getOrDefault("privacy.officer.department", ""),
                values.getOrDefault("privacy.officer.phone", ""),
                values.getOrDefault("privacy.officer.email", ""),
                values.getOrDefault("privacy.processors", ""));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("privacy.officer.name", officerName);
        values.put("privacy.officer.department", officerDepartment);
        values.put("privacy.officer.phone", officerPhone);
        values.put("privacy.officer.email", officerEmail);
        values.put("privacy.processors", processors);
        return values;
    }

    /** The processors, one per non-empty line; a line without {@code |} is a name whose task is not given. */
    public List<Processor> processorList() {
        List<Processor> list = new ArrayList<>();
        processors.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            int bar = line.indexOf('|');
            list.add(
                    bar < 0
                            ? new Processor(line, "")
                            : new Processor(
                                    line.substring(0, bar).strip(),
                                    line.substring(bar + 1).strip()));
        });
        return list;
    }

    /** For tel: links: digits only. */
    public String officerPhoneDigits() {
        return officerPhone.replaceAll("[^0-9+]", "");
    }
}
