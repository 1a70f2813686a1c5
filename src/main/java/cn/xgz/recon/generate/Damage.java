package cn.xgz.recon.generate;

import cn.xgz.recon.generate.Table.Kind;
import cn.xgz.recon.generate.TableSink.DateStyle;
import cn.xgz.recon.generate.TableSink.Num;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What real files do to values that are still valid (--messy): stray spaces and invisible characters, full-width
 * digits, lower-case codes, 15-digit IDs, every date format, region codes saved as numbers, label aliases. Every
 * damaged value must still load; bad rows are {@link Junk}'s business.
 */
final class Damage {

    private static final String[] PADDING = {" ", "\u00A0", "\u200B", "\u2060", "  ", "\u3000"};
    private static final List<String> ACTIVE_ALIASES = List.of("在营", "开业", "在册");

    private final SplittableRandom r;
    private final boolean xlsx;
    private final Kind[] kinds;

    Damage(long seed, String stream, boolean xlsx, Table table) {
        this.r = Mix.rng(seed, 0xDA3A6EL, stream.hashCode());
        this.xlsx = xlsx;
        this.kinds = table.columns.stream().map(Table.Column::kind).toArray(Kind[]::new);
    }

    /** Damages a row of valid values in place. */
    Object[] apply(Object[] cells) {
        for (int c = 0; c < kinds.length; c++) {
            Object v = cells[c];
            if (v == null) {
                continue;
            }
            cells[c] = switch (kinds[c]) {
                case USCC -> uscc((String) v);
                case ID -> id((String) v);
                case REGION -> region((String) v);
                case DATE -> date((LocalDate) v);
                case BOOL -> bool((String) v);
                case STATUS -> "存续".equals(v) && r.nextDouble() < 0.1
                        ? ACTIVE_ALIASES.get(r.nextInt(ACTIVE_ALIASES.size())) : pad(v);
                case ORG_FORM -> "未成立党组织".equals(v) && r.nextDouble() < 0.1 ? (r.nextBoolean() ? "未成立" : "无") : v;
                case PHONE -> r.nextDouble() < 0.01 ? fullWidth((String) v) : pad(v);
                case TEXT, CODE -> pad(v);
                case INT -> v;
            };
        }
        return cells;
    }

    private Object pad(Object v) {
        if (!(v instanceof String s) || s.isEmpty() || r.nextDouble() >= 0.015) {
            return v;
        }
        String p = PADDING[r.nextInt(PADDING.length)];
        return switch (r.nextInt(3)) {
            case 0 -> p + s;
            case 1 -> s + p;
            default -> p + s + p;
        };
    }

    private Object uscc(String v) {
        double u = r.nextDouble();
        if (u < 0.02) {
            return v.toLowerCase(java.util.Locale.ROOT);
        }
        if (u < 0.03) {
            return fullWidth(v);
        }
        return pad(v);
    }

    private Object id(String v) {
        double u = r.nextDouble();
        if (v.endsWith("X") && u < 0.3) {
            return v.substring(0, 17) + "x";
        }
        if (u < 0.02) {
            String old = Identities.fifteen(v);
            if (old != null) {
                return old;
            }
        }
        if (u < 0.03) {
            return fullWidth(v);
        }
        return pad(v);
    }

    private Object region(String v) {
        double u = r.nextDouble();
        if (u < 0.015) {
            return new Num(Double.parseDouble(v), v + ".0");
        }
        if (u < 0.025 && !xlsx) {
            return fullWidth(v);
        }
        if (u < 0.04 && xlsx) {
            return " " + v;
        }
        return pad(v);
    }

    private Object date(LocalDate d) {
        double u = r.nextDouble();
        if (xlsx && u < 0.6) {
            return d;
        }
        if (u < 0.95 || !xlsx && u < 0.97) {
            return DateStyle.values()[r.nextInt(DateStyle.values().length)].format(d);
        }
        long serial = TableSink.excelSerial(d);
        return xlsx ? new Num(serial, Long.toString(serial)) : Long.toString(serial);
    }

    private Object bool(String v) {
        if (r.nextDouble() >= 0.12) {
            return v;
        }
        boolean yes = v.equals("是");
        return switch (r.nextInt(3)) {
            case 0 -> yes ? "Y" : "N";
            case 1 -> yes ? "1" : "0";
            default -> yes ? "true" : "false";
        };
    }

    /** ASCII letters and digits in their full-width forms (ＡＢＣ１２３). */
    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        return sb.toString();
    }
}
