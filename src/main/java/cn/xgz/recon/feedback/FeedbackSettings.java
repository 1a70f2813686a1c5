package cn.xgz.recon.feedback;

/**
 * The settings of feedback.md.
 *
 * @param rectifyOverdueDays days after its 核查日期 from which a finding reviewed 已整改 that the data still shows is
 *     整改逾期 (60)
 * @param exclusionExpiryDays days after its 核查日期 after which an exclusion (不属实) lapses (365)
 */
public record FeedbackSettings(int rectifyOverdueDays, int exclusionExpiryDays) {

    public static final FeedbackSettings DEFAULT = new FeedbackSettings(60, 365);

    public FeedbackSettings {
        if (rectifyOverdueDays < 1 || exclusionExpiryDays < 1) {
            throw new IllegalArgumentException("核查反馈设置 xgz.feedback.* 的天数应为正整数");
        }
    }
}
