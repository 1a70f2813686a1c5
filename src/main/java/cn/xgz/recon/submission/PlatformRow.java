package cn.xgz.recon.submission;

import cn.xgz.recon.rules.PlatformFigures;
import cn.xgz.recon.source.Source;
import java.util.Comparator;
import java.util.Set;

/**
 * One row of the platform sheet and {@code half-year-<yyyy>H<n>-platforms.csv}; a figure is null (blank) when the
 * run had no file of a source it is made of.
 */
public record PlatformRow(String countyCode, String platform, Integer riders, Integer riderMembers, Integer stations,
        Integer coveredStations) {

    /** County then platform (Java's string order, the same whichever database stored them). */
    public static final Comparator<PlatformRow> ORDER = Comparator.comparing(PlatformRow::countyCode)
            .thenComparing(PlatformRow::platform);

    /** A run's figures, blank where a source was absent (as {@link Figure#RIDER_MEMBERS} and {@link Figure#COVERED_STATIONS}). */
    public static PlatformRow of(PlatformFigures p, Set<Source> absent) {
        return new PlatformRow(p.countyCode(), p.platform(), p.riders(),
                Figure.RIDER_MEMBERS.countable(absent) ? p.riderMembers() : null, p.stations(),
                Figure.COVERED_STATIONS.countable(absent) ? p.coveredStations() : null);
    }
}
