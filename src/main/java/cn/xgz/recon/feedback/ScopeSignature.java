package cn.xgz.recon.feedback;

import cn.xgz.recon.common.PersonKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;

/**
 * The signed scope of a workbook (feedback.md, scope): the hidden sheet holds the city (or province) code, the run
 * date and an HMAC of both under the installation's secret, so a returned workbook can only touch its own city,
 * and a workbook edited to claim another scope, or made by another installation, is recognised.
 */
public final class ScopeSignature {

    /** The hidden sheet's name. */
    public static final String SHEET = "核查范围签名";
    /** Its labels, in column A, with the values in column B. */
    public static final String LABEL_SCOPE = "范围代码";
    public static final String LABEL_RUN_DATE = "运行日期";
    public static final String LABEL_SIGNATURE = "签名";

    private static final String PURPOSE = "xgz-feedback-scope-v1";

    private final PersonKeys keys;

    public ScopeSignature(PersonKeys keys) {
        this.keys = keys;
    }

    /** The signature of a scope for a run date. */
    public String sign(String scopeCode, LocalDate runDate) {
        return sign(scopeCode, runDate.toString());
    }

    // Base64 rather than hex: a long run of digits in a cell would look like an ID or phone number to a scan.
    private String sign(String scopeCode, String runDate) {
        byte[] mac = java.util.HexFormat.of().parseHex(keys.sign(PURPOSE, scopeCode + "|" + runDate));
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    /** Whether {@code signature} is this installation's signature of the scope and date (constant time). */
    public boolean verify(String scopeCode, String runDate, String signature) {
        if (scopeCode == null || runDate == null || signature == null) {
            return false;
        }
        String expected = sign(scopeCode, runDate);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
