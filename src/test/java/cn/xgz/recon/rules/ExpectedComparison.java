package cn.xgz.recon.rules;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares findings with an acceptance set's findings.csv the way tools/check.py does (every field but detail). */
final class ExpectedComparison {

    /** The fields check.py compares for matched keys, minus status and first_seen (the lifecycle's). */
    static final List<String> RULE_FIELDS = List.of("rule_name", "severity", "subject_type", "subject_name",
            "region_code", "city_code", "market_id", "metric", "basis");

    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");

    private ExpectedComparison() {}

    /** A finding as the findings.csv columns would carry it (status and first_seen as for a first run). */
    static Map<String, String> row(Finding f, LocalDate runDate) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("run_date", runDate.toString());
        m.put("rule_code", f.rule().name());
        m.put("rule_name", f.rule().ruleName());
        m.put("severity", f.rule().severity().label());
        m.put("status", "NEW");
        m.put("first_seen", runDate.toString());
        m.put("subject_type", f.subjectType().name());
        m.put("subject_key", f.subjectKey());
        m.put("subject_name", f.subjectName());
        m.put("region_code", f.regionCode());
        m.put("city_code", f.cityCode());
        m.put("market_id", f.marketId());
        m.put("metric", String.valueOf(f.metric()));
        m.put("basis", f.basis());
        m.put("detail", f.detail());
        return m;
    }

    /** Differences for one rule: missing and unexpected keys, and field mismatches, as readable lines. */
    static List<String> differences(String rule, List<Map<String, String>> expected, List<Finding> actual,
            LocalDate runDate, boolean skipResolved) {
        Map<String, Map<String, String>> e = new HashMap<>();
        for (Map<String, String> r : expected) {
            if (rule.equals(r.get("rule_code")) && !(skipResolved && "RESOLVED".equals(r.get("status")))) {
                e.put(r.get("subject_key"), r);
            }
        }
        Map<String, Map<String, String>> a = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Finding f : actual) {
            if (f.rule().name().equals(rule) && a.put(f.subjectKey(), row(f, runDate)) != null) {
                out.add("duplicate key " + f.subjectKey());
            }
        }
        Set<String> missing = new TreeSet<>(e.keySet());
        missing.removeAll(a.keySet());
        Set<String> unexpected = new TreeSet<>(a.keySet());
        unexpected.removeAll(e.keySet());
        missing.forEach(k -> out.add("missing " + k));
        unexpected.forEach(k -> out.add("unexpected " + k + " " + a.get(k)));
        for (String k : new TreeSet<>(e.keySet())) {
            Map<String, String> x = e.get(k);
            Map<String, String> y = a.get(k);
            if (y == null) {
                continue;
            }
            for (String field : RULE_FIELDS) {
                String xv = blank(x.get(field));
                String yv = blank(y.get(field));
                if ("subject_name".equals(field)) {
                    xv = norm(xv);
                    yv = norm(yv);
                }
                if (!xv.equals(yv)) {
                    out.add(k + " " + field + ": expected '" + xv + "' got '" + yv + "'");
                }
            }
            if (blank(y.get("detail")).isBlank()) {
                out.add(k + " detail blank");
            }
        }
        return out;
    }

    /** ID-number-like strings (a plausible birth date) in a text, as check.py searches for them. */
    static List<String> idLike(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ID_LIKE.matcher(Objects.requireNonNullElse(text, ""));
        while (m.find()) {
            out.add(m.group(1).substring(0, 6) + "…");
        }
        return out;
    }

    static String blank(String s) {
        return s == null ? "" : s.trim();
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\u200b\u200c\u200d\u2060\ufeff]", "");
    }
}
