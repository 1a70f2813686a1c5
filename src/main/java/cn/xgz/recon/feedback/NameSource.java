package cn.xgz.recon.feedback;

import java.util.Optional;

/** 名称来源: which names a match decision is about (feedback.md). */
public enum NameSource {
    MEMBER_WORKPLACE("党员工作单位"),
    ORG_COVERED("党组织覆盖单位");

    private final String label;

    NameSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<NameSource> parse(String text) {
        String t = Text.squeeze(text);
        for (NameSource s : values()) {
            if (s.label.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
