package cn.xgz.recon.rules;

/** The rules of rules.md, with the name and severity printed in every output. */
public enum RuleCode {
    R01("专业市场未建党组织", Severity.HIGH),
    R02("符合单独组建条件未建党组织", Severity.HIGH),
    R03("党员不足3人未建党组织（联建候选）", Severity.MEDIUM),
    R04("口袋党员", Severity.HIGH),
    R05("隐形党员", Severity.MEDIUM),
    R06("年报党员人数与组织数据不一致", Severity.MEDIUM),
    R07("年报称已建党组织但无组织记录", Severity.HIGH),
    R08("已建党组织但年报填未成立", Severity.LOW),
    R09("党组织所在单位已注销或吊销", Severity.MEDIUM),
    R10("配送站点符合条件未建党组织", Severity.HIGH),
    R11("联合党支部覆盖单位超过5个", Severity.LOW),
    R12("单位名称无法匹配", Severity.LOW),
    R13("未报送年度报告", Severity.LOW);

    private final String ruleName;
    private final Severity severity;

    RuleCode(String ruleName, Severity severity) {
        this.ruleName = ruleName;
        this.severity = severity;
    }

    /** rule_name, e.g. 专业市场未建党组织. */
    public String ruleName() {
        return ruleName;
    }

    public Severity severity() {
        return severity;
    }

    /** The workbook sheet title, e.g. {@code R01 专业市场未建党组织}. */
    public String sheetTitle() {
        return name() + " " + ruleName;
    }

    /** 高 / 中 / 低. */
    public enum Severity {
        HIGH("高"),
        MEDIUM("中"),
        LOW("低");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
