package kr.co.saenal.sandan.complex;

/** How the directory's list may be sorted. */
public enum ComplexSort {
    /** By name (가나다), then 시도. */
    NAME,
    /** By 지정면적, largest first unless ascending is asked for. */
    DESIGNATED_AREA,
    /** By 분양률, highest first unless ascending is asked for. */
    SALE_RATE,
    /** By 입주업체, most first unless ascending is asked for. */
    TENANT_FIRMS
}
