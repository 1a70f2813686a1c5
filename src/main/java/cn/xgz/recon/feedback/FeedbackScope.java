package cn.xgz.recon.feedback;

/**
 * What an imported file may touch: one city's findings, or the whole province.
 *
 * @param code a city code ({@code xxxx00}) or the province code
 * @param province whether the code is the province's
 * @param signed true when the code came from a valid signature, false when the operator gave it (--scope)
 */
public record FeedbackScope(String code, boolean province, boolean signed) {

    /** Whether a finding of this city (null: unknown) is inside the scope. */
    public boolean covers(String cityCode) {
        return province || code.equals(cityCode);
    }
}
