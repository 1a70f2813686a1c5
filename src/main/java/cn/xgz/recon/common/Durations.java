package cn.xgz.recon.common;

import java.time.Duration;

/** Durations as an operator reads them: 「0.4秒」「15秒」「1分05秒」「2小时03分09秒」, never {@code PT15.217614056S}. */
public final class Durations {

    private Durations() {}

    public static String format(Duration d) {
        if (d == null || d.isNegative()) {
            return "—";
        }
        long ms = d.toMillis();
        if (ms < 10_000) {
            return String.format("%.1f秒", ms / 1000.0);
        }
        long s = Math.round(ms / 1000.0);
        if (s < 60) {
            return s + "秒";
        }
        if (s < 3600) {
            return String.format("%d分%02d秒", s / 60, s % 60);
        }
        return String.format("%d小时%02d分%02d秒", s / 3600, s % 3600 / 60, s % 60);
    }

    public static String seconds(double seconds) {
        return format(Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
