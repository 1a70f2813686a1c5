package cn.xgz.recon.report;

import java.util.function.Function;

/**
 * One column of a table sheet: its header, how its cells look, and what a row puts in it (a String, a Number, a
 * LocalDate, or null for a blank cell).
 */
record Col<T>(String header, Kind kind, Function<T, Object> value) {

    static <T> Col<T> text(String header, Function<T, Object> value) {
        return new Col<>(header, Kind.TEXT, value);
    }

    static <T> Col<T> of(String header, Kind kind, Function<T, Object> value) {
        return new Col<>(header, kind, value);
    }

    /** Cell appearance; each is one style per workbook. */
    enum Kind {
        TEXT,
        /** Long free text, wrapped in a wide column. */
        LONG_TEXT,
        /** A count: thousands separated. */
        COUNT,
        /** A year or code-like integer: no separator. */
        PLAIN,
        /** A similarity score. */
        SCORE,
        /** A percentage already multiplied by 100, one decimal. */
        PERCENT,
        DATE
    }
}
