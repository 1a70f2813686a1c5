package cn.xgz.recon.feedback;

import java.util.Optional;

/** 核查结论: the four outcomes an analyst may record (feedback.md), with the text written and the text shown. */
public enum Outcome {
    CONFIRMED("属实", "已核实"),
    DEFERRED("暂缓核查", "暂缓"),
    RECTIFIED("已整改", "已整改待数据确认"),
    UNTRUE("不属实", "已排除");

    /** The outcomes as the drop-down and the reject reason list them. */
    public static final String LIST = "属实、暂缓核查、已整改、不属实";

    private final String label;
    private final String shown;

    Outcome(String label, String shown) {
        this.label = label;
        this.shown = shown;
    }

    /** The 核查结论 as typed and as written in findings.csv's review column. */
    public String label() {
        return label;
    }

    /** How a rule sheet shows a finding with this review. */
    public String shown() {
        return shown;
    }

    /** The outcome of a cell's text (surrounding and inner blanks ignored), empty when it is none of the four. */
    public static Optional<Outcome> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Text.squeeze(text);
        for (Outcome o : values()) {
            if (o.label.equals(t)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
