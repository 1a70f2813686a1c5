package cn.xgz.recon.source;

import java.util.List;

/** 党组织建制 as an annual report states it. */
public enum ReportedOrgForm implements Labeled {
    COMMITTEE("党委", List.of()),
    GENERAL_BRANCH("党总支", List.of()),
    BRANCH("党支部", List.of()),
    NONE("未成立党组织", List.of("未成立", "无"));

    private final String label;
    private final List<String> aliases;

    ReportedOrgForm(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** 党委, 党总支 or 党支部: the report claims an organisation exists. */
    public boolean claimsOrganisation() {
        return this != NONE;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
