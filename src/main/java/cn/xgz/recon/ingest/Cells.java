package cn.xgz.recon.ingest;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.Masking;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.ingest.table.RawRow;
import cn.xgz.recon.ingest.value.Booleans;
import cn.xgz.recon.ingest.value.Dates;
import cn.xgz.recon.ingest.value.ExcelDamage;
import cn.xgz.recon.ingest.value.Integers;
import cn.xgz.recon.ingest.value.Interner;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.source.Labeled;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Typed, validated access to the cells of the current row of one file. Each accessor returns the normalised value or
 * throws {@link RowRejected} with the reason texts of the reference (必填项为空, 主体类型取值无效, 成立日期无效 …); a
 * mapper reads its columns in the spec's order, so the first problem in that order is the one reported.
 */
final class Cells {

    static final String REQUIRED = "必填项为空";
    static final String DUPLICATE = "重复记录";
    private static final String ID_SUBJECT = "身份证号";

    private final Source source;
    private final String file;
    private final HeaderBinding binding;
    private final IngestContext context;
    private final boolean strictWidth;
    private final Interner interner = new Interner();
    private final Map<String, String> industries = new HashMap<>();
    private final Map<Class<?>, Map<String, ?>> labels = new HashMap<>();
    private RawRow row;

    /**
     * @param strictWidth reject rows with values beyond the header (a CSV row split by an unquoted comma); an .xlsx
     *     cell in a column without a header is a note and is ignored
     */
    Cells(Source source, String file, HeaderBinding binding, IngestContext context, boolean strictWidth) {
        this.source = source;
        this.file = file;
        this.binding = binding;
        this.context = context;
        this.strictWidth = strictWidth;
    }

    /** Builds the row's record, or the reject for its first problem. */
    <T> RowOutcome<T> map(RawRow raw, Supplier<T> build) {
        at(raw);
        try {
            if (strictWidth) {
                checkWidth();
            }
            return new RowOutcome.Loaded<>(build.get());
        } catch (RowRejected r) {
            return new RowOutcome.Rejected<>(reject(r.column, r.reason, r.value));
        }
    }

    /** Makes {@code raw} the current row. */
    void at(RawRow raw) {
        this.row = raw;
    }

    String file() {
        return file;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    Reject reject(SchemaColumn column, String reason, String value) {
        String header = column == null ? "" : binding.fileHeader(column);
        String shown = value == null ? "" : value;
        // A value that looks like an ID number is masked whatever column it sits in.
        if (looksLikeId(shown)) {
            shown = Masking.idNumber(shown);
        }
        return new Reject(source, file, row.rowNumber(), header, reason, shown);
    }

    static boolean looksLikeId(String v) {
        int n = v.length();
        if (n != 15 && n != 18) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = v.charAt(i);
            boolean ok = (ch >= '0' && ch <= '9') || (i == 17 && (ch == 'X' || ch == 'x'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The cleaned text, or null; a blank required column rejects the row. */
    String text(SchemaColumn c) {
        String v = row.value(binding.position(c));
        if (v == null && c.required()) {
            throw new RowRejected(c, REQUIRED, "");
        }
        return v;
    }

    /** Text shared with equal values of other rows (low-cardinality columns). */
    String shared(SchemaColumn c) {
        return interner.intern(text(c));
    }

    /** A code: upper-cased, shared. */
    String code(SchemaColumn c) {
        String v = text(c);
        return v == null ? null : interner.intern(upper(v));
    }

    /**
     * A code: upper-cased, not shared. For the columns of a dictionary-encoded table (cn.xgz.recon.source), which
     * keeps one instance per value whatever it is given: sharing them here too was a map lookup per row for nothing.
     */
    String codeUnshared(SchemaColumn c) {
        String v = text(c);
        return v == null ? null : upper(v);
    }

    /** A 统一社会信用代码 that must be valid when present. */
    String uscc(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        if (ExcelDamage.lostPrecision(v, numeric(c))) {
            throw new RowRejected(c, ExcelDamage.USCC_LOST_PRECISION, v);
        }
        String code = upper(v);
        UsccCode.Problem problem = UsccCode.check(code);
        if (problem != null) {
            throw new RowRejected(c, problem.message(), code);
        }
        return code;
    }

    /** A 居民身份证号, upgraded to 18 characters; any other content rejects the row. */
    String idNumber(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        if (ExcelDamage.lostPrecision(v, numeric(c))) {
            throw new RowRejected(c, ExcelDamage.ID_LOST_PRECISION, Masking.idNumber(v));
        }
        IdNumber.Parsed parsed = IdNumber.parse(v);
        if (!parsed.valid()) {
            throw new RowRejected(c, parsed.problem().message(ID_SUBJECT), Masking.idNumber(v));
        }
        return parsed.value();
    }

    /** A county-level code of the region table; {@code 350102.0} (a number that kept its digits) is fine. */
    String regionCode(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        String code = Integers.withoutZeroFraction(v);
        Optional<Region> region = context.regions().find(code);
        if (region.isEmpty()) {
            throw new RowRejected(c, "行政区划代码不在区划表中", v);
        }
        if (region.get().level() != 3) {
            throw new RowRejected(c, "行政区划代码不是县级区划", v);
        }
        return region.get().code();
    }

    /** A GB/T 4754 code as its digits (the 门类 letter dropped). */
    String industryCode(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        String digits = industries.get(v);
        if (digits == null) {
            digits = context.industries().normalize(Integers.withoutZeroFraction(v)).orElse("");
            if (industries.size() < 10_000) {
                industries.put(v, digits);
            }
        }
        if (digits.isEmpty()) {
            throw new RowRejected(c, "行业代码不在国民经济行业分类中", v);
        }
        return digits;
    }

    LocalDate date(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        LocalDate d = Dates.parse(v, numeric(c));
        if (d == null) {
            throw new RowRejected(c, c.subject() + "无效", v);
        }
        return Dates.shared(d);
    }

    /** An integer ≥ 0. */
    Integer count(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        Integer n = Integers.parse(v);
        if (n == null) {
            throw new RowRejected(c, c.subject() + "应为整数", v);
        }
        if (n < 0) {
            throw new RowRejected(c, c.subject() + "不能为负数", v);
        }
        return n;
    }

    /** 年报年度: four digits, not after the run year. */
    Integer year(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        Integer y = Integers.parse(v);
        if (y == null || y < 1000 || y > 9999) {
            throw new RowRejected(c, c.subject() + "应为4位年份", v);
        }
        if (y > context.runDate().getYear()) {
            throw new RowRejected(c, c.subject() + "晚于运行年度", v);
        }
        return y;
    }

    Boolean bool(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        Boolean b = Booleans.parse(v);
        if (b == null) {
            throw new RowRejected(c, invalidChoice(c.subject(), Booleans.ACCEPTED), v);
        }
        return b;
    }

    /** A constant of a closed vocabulary by its label or an alias (the same matching as {@link Labeled#parse}). */
    <E extends Enum<E> & Labeled> E label(SchemaColumn c, Class<E> type) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, E> table = (Map<String, E>) labels.computeIfAbsent(type, t -> labelTable(type));
        E e = table.get(v);
        if (e == null) {
            throw new RowRejected(c, invalidChoice(c.subject(), accepted(type)), v);
        }
        return e;
    }

    /** A value outside a closed list: the reason names what the column accepts, so the sender can correct it. */
    static String invalidChoice(String subject, String accepted) {
        return subject + "取值无效，应为" + accepted;
    }

    /** The labels of a closed vocabulary, its aliases in brackets: 存续（或在营、开业、在册）、吊销、注销、迁出. */
    private static <E extends Enum<E> & Labeled> String accepted(Class<E> type) {
        StringBuilder b = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (b.length() > 0) {
                b.append('、');
            }
            b.append(e.label());
            if (!e.aliases().isEmpty()) {
                b.append("（或").append(String.join("、", e.aliases())).append('）');
            }
        }
        return b.toString();
    }

    /** Label and aliases → constant, built once: {@link Labeled#parse} copies the constants on every call. */
    private static <E extends Enum<E> & Labeled> Map<String, E> labelTable(Class<E> type) {
        Map<String, E> table = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            table.putIfAbsent(e.label(), e);
            for (String alias : e.aliases()) {
                table.putIfAbsent(alias, e);
            }
        }
        return table;
    }

    /** 11 digits starting with 1. */
    String phone(SchemaColumn c) {
        String v = text(c);
        if (v == null) {
            return null;
        }
        boolean ok = v.length() == 11 && v.charAt(0) == '1';
        for (int i = 0; ok && i < 11; i++) {
            char ch = v.charAt(i);
            ok = ch >= '0' && ch <= '9';
        }
        if (!ok) {
            throw new RowRejected(c, c.subject() + "格式错误", Masking.phone(v));
        }
        return v;
    }

    /** A list split on {@code ; ； , ， 、} and white space, in order, without repeats; upper-cased if asked. */
    List<String> list(SchemaColumn c, boolean upper) {
        String v = text(c);
        if (v == null) {
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= v.length(); i++) {
            boolean sep = i == v.length() || isListSeparator(v.charAt(i));
            if (sep) {
                if (start >= 0) {
                    String item = v.substring(start, i);
                    items.add(upper ? upper(item) : item);
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return List.copyOf(items);
    }

    private static boolean isListSeparator(char ch) {
        return ch == ';' || ch == ',' || ch == '、' || ch == '；' || ch == '，' || Character.isWhitespace(ch)
                || Character.isSpaceChar(ch);
    }

    /** The raw cleaned value of a column (for duplicate rejects), masked as the column requires. */
    String maskedValue(SchemaColumn c) {
        return mask(c, row.value(binding.position(c)));
    }

    static String mask(SchemaColumn c, String v) {
        if (v == null) {
            return "";
        }
        return switch (c.masked()) {
            case ID_NUMBER -> Masking.idNumber(v);
            case PHONE -> Masking.phone(v);
            case NAME -> Masking.name(v);
            case NONE -> v;
        };
    }

    private boolean numeric(SchemaColumn c) {
        return row.isNumeric(binding.position(c));
    }

    private void checkWidth() {
        for (int i = binding.width(); i < row.width(); i++) {
            if (row.value(i) != null) {
                throw new RowRejected(null, "第" + (i + 1) + "列没有表头，整行数据可能错位（字段中含未加引号的逗号？）", "");
            }
        }
    }

    static String upper(String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch >= 'a' && ch <= 'z') {
                return v.toUpperCase(Locale.ROOT);
            }
        }
        return v;
    }
}
