package kr.co.saenal.sandan.site;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The company's details as every page shows them. One place for them: the {@code site_setting} rows
 * (defaults from migration V2, edited by administrators at /admin/system/settings), never literals in pages.
 */
public record SiteSettings(
        String companyName,
        String companyNameLatin,
        String phone,
        String hours,
        String email,
        String kakaoOpenChatUrl,
        String tagline) {

    static SiteSettings from(Map<String, String> values) {
        return new SiteSettings(
                values.getOrDefault("company.name", "새날드림"),
                values.getOrDefault("company.nameLatin", "SAENAL"),
                values.getOrDefault("company.phone", ""),
                values.getOrDefault("company.hours", ""),
                values.getOrDefault("company.email", ""),
                values.getOrDefault("company.kakaoOpenChatUrl", ""),
                values.getOrDefault("site.tagline", ""));
    }

    /** The rows these settings are stored in: setting key to value. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("company.name", companyName);
        values.put("company.nameLatin", companyNameLatin);
        values.put("company.phone", phone);
        values.put("company.hours", hours);
        values.put("company.email", email);
        values.put("company.kakaoOpenChatUrl", kakaoOpenChatUrl);
        values.put("site.tagline", tagline);
        return values;
    }

    /** For tel: links: digits only. */
    public String phoneDigits() {
        return phone.replaceAll("[^0-9+]", "");
    }
}
