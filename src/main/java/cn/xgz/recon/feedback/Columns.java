package cn.xgz.recon.feedback;

import java.util.List;
import java.util.Map;

/** The column headers of the return path (feedback.md): written on the sheets, found again by name on import. */
public final class Columns {

    public static final String FINDING_ID = "发现编号";
    public static final String OUTCOME = "核查结论";
    public static final String DATE = "核查日期";
    public static final String UNIT = "核查单位";
    public static final String NOTE = "核查说明";

    public static final String NAME_SOURCE = "名称来源";
    public static final String NAME = "工作单位名称";
    public static final String MATCHED_USCC = "匹配主体统一社会信用代码";
    public static final String VERDICT = "人工确认";
    public static final String ASSIGNED_USCC = "指定统一社会信用代码";

    /** The review columns that end every rule sheet, in order. */
    public static final List<String> REVIEW = List.of(FINDING_ID, OUTCOME, DATE, UNIT, NOTE);

    /** The header of a review CSV, and the columns a review sheet or CSV must have. */
    static final List<String> REVIEW_REQUIRED = List.of(FINDING_ID, OUTCOME, DATE);

    /** The header of a names CSV. */
    public static final List<String> NAMES_CSV = List.of(NAME_SOURCE, NAME, VERDICT, ASSIGNED_USCC, DATE, UNIT);

    static final List<String> NAMES_REQUIRED = List.of(NAME_SOURCE, NAME, VERDICT, DATE);

    /** Other spellings analysts or older sheets use for a header. */
    static final Map<String, String> ALIASES = Map.of("单位名称", NAME, "名称", NAME, "覆盖单位名称", NAME);

    private Columns() {}

    /** The canonical header of a header cell's text, or the squeezed text itself. */
    static String canonical(String header) {
        String h = Text.squeeze(header).replace("*", "").replace("（必填）", "").replace("(必填)", "");
        return ALIASES.getOrDefault(h, h);
    }
}
