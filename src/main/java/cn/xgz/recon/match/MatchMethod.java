package cn.xgz.recon.match;

/** How a workplace or covered-unit name was tied to a registration (rules.md, name resolution). */
public enum MatchMethod {
    USCC,
    EXACT,
    FUZZY,
    UNRESOLVED,
    /** An analyst's decision (feedback.md: 确认匹配 or 指定主体) fixed the registration. */
    MANUAL
}
