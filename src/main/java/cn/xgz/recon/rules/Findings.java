package cn.xgz.recon.rules;

/** Building findings the same way in every rule. */
final class Findings {

    /** Seven or more digits in free text could be a phone or ID number: never let one into a finding. */
    private static final java.util.regex.Pattern LONG_NUMBER = java.util.regex.Pattern.compile("[0-9]{7,}[0-9Xx]?");

    private Findings() {}

    /** Free text from the sources (a workplace as typed) with any long digit run starred out. */
    static String scrub(String text) {
        return text == null ? "" : LONG_NUMBER.matcher(text).replaceAll(m -> "*".repeat(m.group().length()));
    }

    /** An ENTITY finding about registration {@code pos}: its name, county and own 所在市场编号. */
    static Finding entity(RunFacts f, RuleCode rule, int pos, long metric, String basis, String detail) {
        var r = f.regs;
        return new Finding(rule, SubjectType.ENTITY, r.uscc(pos), r.name(pos), r.regionCode(pos), r.marketId(pos), metric,
                basis, detail, null, null);
    }

    static Finding of(RuleCode rule, SubjectType type, String key, String name, String region, long metric,
            String basis, String detail) {
        return new Finding(rule, type, key, name, region, null, metric, basis, detail, null, null);
    }
}
