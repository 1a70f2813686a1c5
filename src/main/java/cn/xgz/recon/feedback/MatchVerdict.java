package cn.xgz.recon.feedback;

import java.util.Optional;

/** 人工确认: what an analyst decided about a name's match (feedback.md, matches an analyst decides). */
public enum MatchVerdict {
    /** 确认匹配: the automatic candidate is right; it stays even if scores shift. */
    CONFIRM("确认匹配"),
    /** 否定匹配: never match this name to that registration; resolve as if it did not exist. */
    REJECT("否定匹配"),
    /** 指定主体: the name is the given registration. */
    ASSIGN("指定主体");

    public static final String LIST = "确认匹配、否定匹配、指定主体";

    private final String label;

    MatchVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<MatchVerdict> parse(String text) {
        String t = Text.squeeze(text);
        for (MatchVerdict v : values()) {
            if (v.label.equals(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
