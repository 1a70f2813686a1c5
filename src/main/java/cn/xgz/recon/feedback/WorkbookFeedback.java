package cn.xgz.recon.feedback;

/**
 * What the workbooks need of the feedback: the reviews in force (pre-filled review columns, 已排除, 核查进度) and
 * the installation's signature for the hidden scope sheet.
 *
 * @param signature null when the workbook is written without one (tests of the layout): no scope sheet then
 * @param provinceCode the scope code of the whole-jurisdiction workbook
 */
public record WorkbookFeedback(RunReviews reviews, ScopeSignature signature, String provinceCode) {

    /** No reviews, no signature. */
    public static final WorkbookFeedback NONE = new WorkbookFeedback(RunReviews.none(), null, null);
}
