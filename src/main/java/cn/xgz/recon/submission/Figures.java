package cn.xgz.recon.submission;

import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.source.Source;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One row of the form (a county, a subtotal or the total): each {@link Figure}'s count, or none (blank) when the
 * run could not count it or the county's city did not submit. Immutable.
 */
public final class Figures {

    private final Map<Figure, Integer> values;

    private Figures(Map<Figure, Integer> values) {
        this.values = values;
    }

    /** A run's county: the figures its sources allowed it to count; the others blank. */
    public static Figures of(CountyFigures c, Set<Source> absent) {
        Map<Figure, Integer> v = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            if (f.countable(absent)) {
                v.put(f, f.of(c));
            }
        }
        return new Figures(v);
    }

    /** Given counts; a figure missing from the map is blank. */
    public static Figures of(Map<Figure, Integer> counts) {
        return new Figures(counts.isEmpty() ? new EnumMap<>(Figure.class) : new EnumMap<>(counts));
    }

    /** Every figure blank: a county whose city did not submit. */
    public static Figures blank() {
        return new Figures(new EnumMap<>(Figure.class));
    }

    /**
     * A subtotal: each figure added up over the rows, blank when it is blank in any of them (a partial sum would
     * read as the whole). Rates are recomputed from the sums, never averaged.
     */
    public static Figures sum(Collection<Figures> rows) {
        Map<Figure, Integer> v = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            int total = 0;
            boolean all = true;
            for (Figures r : rows) {
                Integer x = r.values.get(f);
                if (x == null) {
                    all = false;
                    break;
                }
                total += x;
            }
            if (all) {
                v.put(f, total);
            }
        }
        return new Figures(v);
    }

    /** The count, or null when blank. */
    public Integer get(Figure f) {
        return values.get(f);
    }

    /** The same figures with {@code f} lowered by {@code n} (a finding left out); a blank stays blank. */
    Figures minus(Figure f, int n) {
        Map<Figure, Integer> v = new EnumMap<>(Figure.class);
        v.putAll(values);
        v.computeIfPresent(f, (k, x) -> x - n);
        return new Figures(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
