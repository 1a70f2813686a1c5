package cn.xgz.recon.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The half-year form's rates: percentages with one decimal, rounded half up, none when the divisor is 0. */
public final class Rates {

    private Rates() {}

    /** {@code 100 × num / den} to one decimal (exact decimal arithmetic), or null when {@code den} is 0. */
    public static BigDecimal percent(long num, long den) {
        if (den == 0) {
            return null;
        }
        return BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP);
    }

    /** The CSV form: {@code 3.5}, {@code 100.0}, blank when the divisor is 0; never a {@code %} sign. */
    public static String csv(long num, long den) {
        BigDecimal p = percent(num, den);
        return p == null ? "" : p.toPlainString();
    }
}
