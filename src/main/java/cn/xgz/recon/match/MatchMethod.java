package cn.xgz.recon.match;

/** How a workplace or covered-unit name was tied to a registration (rules.md, name resolution). */
public enum MatchMethod {
    USCC,
    EXACT,
    FUZZY,
    UNRESOLVED
}
