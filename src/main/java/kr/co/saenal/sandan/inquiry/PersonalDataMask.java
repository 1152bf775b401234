package kr.co.saenal.sandan.inquiry;

/**
 * Masks personal data in lists, the way Korean back offices do (김*동, 010-****-5678, k***@example.kr):
 * enough to tell requests apart, not enough to contact anybody. The full values are shown only on the detail
 * view, which is recorded in the access log.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {}

    public static String name(String name) {
        if (name == null || name.length() <= 1) {
            return "*";
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }

    public static String phone(String phone) {
        String[] parts = phone.split("-");
        if (parts.length == 3) {
            return parts[0] + "-" + "*".repeat(parts[1].length()) + "-" + parts[2];
        }
        return phone.length() <= 4 ? "****" : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }

    public static String email(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
