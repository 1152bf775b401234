package kr.co.saenal.sandan.site;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business details Korean visitors look for at the foot of a company's site (상호 is the company name of
 * {@link SiteSettings}): 대표자, 사업자등록번호 ({@link BusinessRegistrationNumber}, hyphenated) and 주소. Stored in
 * {@code site_setting} rows {@code company.representative}, {@code company.businessNumber}, {@code company.address}.
 */
public record BusinessDetails(String representative, String registrationNumber, String address) {

    static BusinessDetails from(Map<String, String> values) {
        return new BusinessDetails(
                values.getOrDefault("company.representative", ""),
                values.getOrDefault("company.businessNumber", ""),
                values.getOrDefault("company.address", ""));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("company.representative", representative);
        values.put("company.businessNumber", registrationNumber);
        values.put("company.address", address);
        return values;
    }
}
