package cn.xgz.recon.common;

import java.util.Locale;

/**
 * A setting ({@code xgz.*}) with a value outside what it allows. The command line turns it into exit code 2 and one
 * Chinese line naming the setting, its environment variable and the allowed range (outputs.md), instead of the
 * framework's chain of bean-creation errors.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    /**
     * @param setting the property name, e.g. {@code xgz.match.threshold}
     * @param value the value given
     * @param allowed what it may be, e.g. 「大于 0 且不大于 1」
     */
    public InvalidSettingException(String setting, Object value, String allowed) {
        super(setting + "（环境变量 " + envName(setting) + "）的值 " + value + " 无效：应" + allowed);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }

    /** Spring's relaxed binding: {@code xgz.match.max-edits} is {@code XGZ_MATCH_MAXEDITS}. */
    public static String envName(String setting) {
        return setting.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** Throws unless {@code low < value <= high} (or {@code low <= value} when {@code lowInclusive}). */
    public static void checkRange(String setting, double value, double low, boolean lowInclusive, double high,
            boolean highInclusive) {
        boolean ok = (lowInclusive ? value >= low : value > low) && (highInclusive ? value <= high : value < high);
        if (!ok) {
            throw new InvalidSettingException(setting, value, (lowInclusive ? "不小于 " : "大于 ") + fmt(low) + " 且"
                    + (highInclusive ? "不大于 " : "小于 ") + fmt(high));
        }
    }

    /** Throws unless {@code low <= value <= high}. */
    public static void checkRange(String setting, long value, long low, long high) {
        if (value < low || value > high) {
            throw new InvalidSettingException(setting, value, "在 " + low + " 到 " + high + " 之间");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
