package cn.xgz.recon.feedback;

import cn.xgz.recon.match.ManualResolution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The match decisions in force on a run date, per (source, normalised name): the latest 确认匹配 or 指定主体 fixes the
 * registration; every 否定匹配 dated after it forbids its pair (several wrong candidates can be ruled out in turn).
 */
public final class MatchDecisions implements ManualResolution {

    private static final MatchDecisions NONE = new MatchDecisions(Map.of(), Map.of());

    private final Map<String, ManualMatch> fixed;
    private final Map<String, Set<String>> forbidden;

    private MatchDecisions(Map<String, ManualMatch> fixed, Map<String, Set<String>> forbidden) {
        this.fixed = fixed;
        this.forbidden = forbidden;
    }

    public static MatchDecisions none() {
        return NONE;
    }

    /** The decisions dated on or before {@code runDate}. */
    public static MatchDecisions on(Collection<ManualMatch> all, LocalDate runDate) {
        List<ManualMatch> sorted = new ArrayList<>();
        for (ManualMatch m : all) {
            if (!m.decidedOn().isAfter(runDate)) {
                sorted.add(m);
            }
        }
        if (sorted.isEmpty()) {
            return NONE;
        }
        sorted.sort(ManualMatch.PRECEDENCE);
        Map<String, ManualMatch> fixed = new HashMap<>();
        Map<String, Set<String>> forbidden = new HashMap<>();
        for (ManualMatch m : sorted) {
            if (m.verdict() == MatchVerdict.REJECT) {
                forbidden.computeIfAbsent(m.key(), k -> new HashSet<>()).add(m.uscc());
                ManualMatch f = fixed.get(m.key());
                if (f != null && f.uscc().equals(m.uscc())) {
                    fixed.remove(m.key()); // a later 否定匹配 of the fixed pair undoes it
                }
            } else {
                fixed.put(m.key(), m);
                Set<String> no = forbidden.get(m.key());
                if (no != null) {
                    no.remove(m.uscc()); // a later 确认 / 指定 of a forbidden pair allows it again
                }
            }
        }
        return new MatchDecisions(fixed, forbidden);
    }

    @Override
    public boolean isEmpty() {
        return fixed.isEmpty() && forbidden.isEmpty();
    }

    @Override
    public String fixedUscc(Source source, String normalizedName) {
        ManualMatch m = fixedFor(NameSource.valueOf(source.name()), normalizedName);
        return m == null ? null : m.uscc();
    }

    @Override
    public Set<String> forbidden(Source source, String normalizedName) {
        return forbiddenFor(NameSource.valueOf(source.name()), normalizedName);
    }

    /** The 确认匹配 / 指定主体 in force for the name, null when none. */
    public ManualMatch fixedFor(NameSource source, String normalizedName) {
        return fixed.get(source.name() + "|" + normalizedName);
    }

    /** The registrations this name must not be matched to (empty when none). */
    public Set<String> forbiddenFor(NameSource source, String normalizedName) {
        Set<String> s = forbidden.get(source.name() + "|" + normalizedName);
        return s == null ? Set.of() : s;
    }

    public Collection<ManualMatch> fixedDecisions() {
        return fixed.values();
    }
}
