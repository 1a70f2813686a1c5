package cn.xgz.recon.generate;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately small, independent reading of rules.md, used only to check that what the generator says it
 * planted is what its files contain. It reads the clean CSV output (not the generator's plan), resolves names
 * with its own normaliser, and answers "does rule X fire for subject K".
 */
final class MiniReconciler {

    record Reg(String uscc, String name, String type, String scale, String region, String established, String status,
            String repId, String marketId, String industry) {}

    record Report(int year, int count, String form, String repMember) {}

    record Rider(String platform, String riderId, String id, String stationId, String region, String operator,
            String political, String active) {}

    record Org(String code, String type, String region, String established, List<String> usccs, List<String> names,
            String status) {}

    record Member(String id, String org, String type, String workplace, String workplaceUscc, String flowing) {}

    record MarketRow(String id, String operator, String region) {}

    private final LocalDate d;
    private final RegionTable regions = RegionTable.fujian();
    final Map<String, Reg> regs = new LinkedHashMap<>();
    final Map<String, List<Report>> reports = new HashMap<>();
    final List<Rider> riders = new ArrayList<>();
    final Map<String, Org> orgs = new LinkedHashMap<>();
    final Map<String, Member> members = new LinkedHashMap<>();
    final Map<String, MarketRow> markets = new LinkedHashMap<>();
    private final Map<String, List<String>> byNormalName = new HashMap<>();
    private final Map<String, String> normalOf = new HashMap<>();
    private final Set<String> operators = new HashSet<>();
    private final Set<String> covered = new HashSet<>();
    private final Map<String, String> resolvedMember = new HashMap<>();
    private final Map<String, Integer> p = new HashMap<>();
    private final Map<String, Integer> pf = new HashMap<>();
    private final Map<String, List<String>> repOf = new HashMap<>();

    MiniReconciler(Path dir, LocalDate runDate) throws IOException {
        this.d = runDate;
        for (Map<String, String> r : read(dir.resolve("registrations.csv"))) {
            regs.put(r.get("统一社会信用代码"), new Reg(r.get("统一社会信用代码"), r.get("主体名称"), r.get("主体类型"),
                    r.get("企业规模"), r.get("行政区划代码"), r.get("成立日期"), r.get("登记状态"), r.get("法定代表人证件号码"),
                    r.get("所在市场编号"), r.get("行业代码")));
        }
        for (Map<String, String> r : read(dir.resolve("annual-reports.csv"))) {
            reports.computeIfAbsent(r.get("统一社会信用代码"), k -> new ArrayList<>()).add(new Report(
                    Integer.parseInt(r.get("年报年度")), Integer.parseInt(r.get("中共党员（包括预备党员）人数")),
                    r.get("党组织建制"), r.get("法定代表人是否为中共党员")));
        }
        for (String f : List.of("riders-meituan.csv", "riders-eleme.csv", "riders-pupu.csv")) {
            for (Map<String, String> r : read(dir.resolve(f))) {
                riders.add(new Rider(r.get("平台"), r.get("骑手编号"), r.get("身份证号"), r.get("配送站点编号"),
                        r.get("站点行政区划代码"), r.get("站点运营企业统一社会信用代码"), r.get("政治面貌"), r.get("在岗状态")));
            }
        }
        for (Map<String, String> r : read(dir.resolve("party-orgs.csv"))) {
            orgs.put(r.get("党组织代码"), new Org(r.get("党组织代码"), r.get("党组织类别"), r.get("行政区划代码"),
                    r.get("成立日期"), split(r.get("覆盖单位统一社会信用代码")), split(r.get("覆盖单位名称")), r.get("状态")));
        }
        for (Map<String, String> r : read(dir.resolve("party-members.csv"))) {
            members.put(r.get("身份证号"), new Member(r.get("身份证号"), r.get("所在党组织代码"), r.get("人员类别"),
                    r.get("工作单位"), r.get("工作单位统一社会信用代码"), r.get("是否流动党员")));
        }
        for (Map<String, String> r : read(dir.resolve("markets.csv"))) {
            markets.put(r.get("市场编号"), new MarketRow(r.get("市场编号"), r.get("开办者统一社会信用代码"), r.get("行政区划代码")));
            operators.add(r.get("开办者统一社会信用代码"));
        }
        for (Reg r : regs.values()) {
            String n = normalize(r.name()).text();
            normalOf.put(r.uscc(), n);
            byNormalName.computeIfAbsent(n, k -> new ArrayList<>()).add(r.uscc());
            if (!r.repId().isEmpty()) {
                repOf.computeIfAbsent(r.repId(), k -> new ArrayList<>()).add(r.uscc());
            }
        }
        for (Org o : orgs.values()) {
            if (!activeOrg(o)) {
                continue;
            }
            for (String u : o.usccs()) {
                if (regs.containsKey(u)) {
                    covered.add(u);
                }
            }
            for (String n : o.names()) {
                String u = resolve(n, null);
                if (u != null) {
                    covered.add(u);
                }
            }
        }
        for (Member m : members.values()) {
            String u = resolve(m.workplace(), m.workplaceUscc());
            if (u != null) {
                resolvedMember.put(m.id(), u);
                p.merge(u, 1, Integer::sum);
                if (m.type().equals("正式党员")) {
                    pf.merge(u, 1, Integer::sum);
                }
            }
        }
        for (Reg r : regs.values()) {
            Member rep = members.get(r.repId());
            if (rep != null && !r.uscc().equals(resolvedMember.get(rep.id()))) {
                p.merge(r.uscc(), 1, Integer::sum);
                if (rep.type().equals("正式党员")) {
                    pf.merge(r.uscc(), 1, Integer::sum);
                }
            }
        }
    }

    // ---------------------------------------------------------------- reading

    static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            header[0] = header[0].replace("\uFEFF", "");
            String[] line;
            while ((line = csv.readNextSilently()) != null) {
                if (line.length == 1 && line[0].isEmpty()) {
                    continue;
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], i < line.length ? line[i] : "");
                }
                rows.add(m);
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
        return rows;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("[;；,，、\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    static LocalDate date(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String t = s.replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "-").replace("日", "");
        if (t.length() == 8 && !t.contains("-")) {
            t = t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6);
        }
        String[] f = t.split("-");
        return LocalDate.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
    }

    // ---------------------------------------------------------------- names

    /** A normalised name and the region it names (county or city code), if any. */
    record Normal(String text, String region) {}

    Normal normalize(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\p{P}\\p{S}\\s]", "");
        s = s.replace("有限责任公司", "有限公司");
        String named = null;
        String province = regions.province().name();
        for (String n : List.of(province, BlockBuilder.shortName(province))) {
            if (s.startsWith(n)) {
                s = s.substring(n.length());
                break;
            }
        }
        outer:
        for (Region c : regions.cities()) {
            for (String n : List.of(c.name(), BlockBuilder.shortName(c.name()))) {
                if (s.startsWith(n)) {
                    s = s.substring(n.length());
                    named = c.code();
                    break outer;
                }
            }
        }
        outer2:
        for (Region c : regions.counties()) {
            for (String n : List.of(c.name(), BlockBuilder.shortName(c.name()))) {
                if (s.startsWith(n)) {
                    s = s.substring(n.length());
                    named = c.code();
                    break outer2;
                }
            }
        }
        return new Normal(s, named);
    }

    private boolean compatible(String uscc, String named) {
        if (named == null) {
            return true;
        }
        String region = regs.get(uscc).region();
        return named.endsWith("00") ? Region.cityOf(region).equals(named) : region.equals(named);
    }

    /** The registered entity a workplace or covered name resolves to, or null. */
    String resolve(String name, String uscc) {
        if (uscc != null && !uscc.isEmpty() && UsccCode.isValid(uscc) && regs.containsKey(uscc)) {
            return uscc;
        }
        if (name == null || name.isEmpty()) {
            return null;
        }
        Normal n = normalize(name);
        List<String> exact = new ArrayList<>();
        for (String u : byNormalName.getOrDefault(n.text(), List.of())) {
            if (compatible(u, n.region())) {
                exact.add(u);
            }
        }
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (!exact.isEmpty() || n.text().length() < 8) {
            return null;
        }
        String best = null;
        int atOne = 0;
        for (Map.Entry<String, String> e : normalOf.entrySet()) {
            String t = e.getValue();
            if (t.length() < 8 || Math.abs(t.length() - n.text().length()) > 1) {
                continue;
            }
            if (distanceAtMostOne(t, n.text()) && compatible(e.getKey(), n.region())) {
                atOne++;
                best = e.getKey();
            }
        }
        return atOne == 1 ? best : null;
    }

    private static boolean distanceAtMostOne(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length() && diff < 2; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    diff++;
                }
            }
            return diff == 1;
        }
        String s = a.length() < b.length() ? a : b;
        String l = a.length() < b.length() ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.substring(i).equals(l.substring(i + 1));
    }

    // ---------------------------------------------------------------- facts

    boolean active(String uscc) {
        Reg r = regs.get(uscc);
        return r != null && r.status().equals("存续") && !date(r.established()).isAfter(d);
    }

    boolean inScope(String uscc) {
        Reg r = regs.get(uscc);
        if (!active(uscc)) {
            return false;
        }
        return r.type().equals("个体工商户")
                || (r.type().equals("企业") && (r.scale().isEmpty() || r.scale().equals("微型") || r.scale().equals("小型")))
                || operators.contains(uscc) || !r.marketId().isEmpty();
    }

    boolean activeOrg(Org o) {
        return !"撤销".equals(o.status()) && (o.established().isEmpty() || !date(o.established()).isAfter(d));
    }

    boolean covered(String uscc) {
        return covered.contains(uscc);
    }

    Report latest(String uscc) {
        Report best = null;
        for (Report r : reports.getOrDefault(uscc, List.of())) {
            if (r.year() <= d.getYear() && (best == null || r.year() > best.year())) {
                best = r;
            }
        }
        return best;
    }

    int a(String uscc) {
        Report r = latest(uscc);
        return r == null ? 0 : r.count();
    }

    int bigP(String uscc) {
        return p.getOrDefault(uscc, 0);
    }

    int pFull(String uscc) {
        return pf.getOrDefault(uscc, 0);
    }

    String resolvedWorkplace(String id) {
        return resolvedMember.get(id);
    }

    int requiredYear() {
        return d.getMonthValue() >= 7 ? d.getYear() - 1 : d.getYear() - 2;
    }

    // ---------------------------------------------------------------- rules

    /** Whether a rule fires for a subject, and its basis when it has one (empty otherwise). */
    record Outcome(boolean fires, String basis) {
        static final Outcome NONE = new Outcome(false, "");
    }

    Outcome evaluate(String rule, String key) {
        return switch (rule) {
            case "R01" -> r01(key);
            case "R02" -> r02(key);
            case "R03" -> new Outcome(inScope(key) && !covered(key) && !eligible(key)
                    && Math.max(bigP(key), a(key)) >= 1, "");
            case "R04" -> r04(key);
            case "R05" -> r05(key);
            case "R07" -> {
                Report r = latest(key);
                yield new Outcome(inScope(key) && r != null && !r.form().equals("未成立党组织") && !covered(key), "");
            }
            case "R08" -> {
                Report r = latest(key);
                yield new Outcome(inScope(key) && covered(key) && r != null && r.form().equals("未成立党组织"), "");
            }
            case "R09" -> r09(key);
            case "R10" -> r10(key);
            case "R11" -> {
                Org o = orgs.get(key);
                yield new Outcome(activeOrg(o) && o.type().equals("联合党支部")
                        && new HashSet<>(o.usccs()).size() + o.names().size() > 5, "");
            }
            case "R12" -> r12(key);
            case "R13" -> {
                Reg r = regs.get(key);
                int ry = requiredYear();
                boolean has = reports.getOrDefault(key, List.of()).stream().anyMatch(x -> x.year() == ry);
                yield new Outcome(inScope(key) && !date(r.established()).isAfter(LocalDate.of(ry, 12, 31)) && !has, "");
            }
            case "COVERED" -> new Outcome(covered(key), "");
            case "DANGLING_MARKET" -> new Outcome(!markets.containsKey(regs.get(key).marketId()), "");
            default -> throw new IllegalArgumentException(rule);
        };
    }

    private boolean eligible(String uscc) {
        return pFull(uscc) >= 3 || a(uscc) >= 3;
    }

    private Outcome r01(String marketId) {
        MarketRow m = markets.get(marketId);
        Reg op = regs.get(m.operator());
        boolean inactive = op != null && !active(op.uscc());
        return new Outcome(!inactive && !covered(m.operator()), "");
    }

    private Outcome r02(String uscc) {
        if (!inScope(uscc) || covered(uscc) || !eligible(uscc)) {
            return Outcome.NONE;
        }
        return new Outcome(true, pFull(uscc) >= 3 ? "ROSTER" : "ANNUAL_REPORT");
    }

    private Outcome r09(String code) {
        Org o = orgs.get(code);
        if (!activeOrg(o)) {
            return Outcome.NONE;
        }
        int registered = 0;
        int inactive = 0;
        for (String u : o.usccs()) {
            if (regs.containsKey(u)) {
                registered++;
                if (!active(u)) {
                    inactive++;
                }
            }
        }
        return new Outcome(registered > 0 && registered == inactive, "");
    }

    private Outcome r10(String stationKey) {
        String[] k = stationKey.split("\\|");
        Set<String> full = new HashSet<>();
        String operator = null;
        for (Rider r : riders) {
            if (!r.platform().equals(k[0]) || !r.stationId().equals(k[1])) {
                continue;
            }
            operator = r.operator();
            if (r.active().equals("离职")) {
                continue;
            }
            Member m = members.get(r.id());
            if (m != null ? m.type().equals("正式党员") : r.political().equals("中共党员")) {
                full.add(r.id());
            }
        }
        boolean opCovered = operator != null && !operator.isEmpty() && covered(operator);
        return new Outcome(full.size() >= 3 && !opCovered, "");
    }

    private Outcome r12(String key) {
        Org o = orgs.get(key);
        if (o != null) {
            boolean unresolved = o.names().stream().anyMatch(n -> resolve(n, null) == null);
            return new Outcome(activeOrg(o) && unresolved, "");
        }
        Member m = members.get(key);
        boolean blank = m.workplace().isEmpty() && m.workplaceUscc().isEmpty();
        return new Outcome(!blank && resolvedWorkplace(key) == null, "");
    }

    /** Counties a person works in: their resolved in-scope workplace and the stations of their active rides. */
    private Set<String> places(String id) {
        Set<String> out = new HashSet<>();
        String u = resolvedWorkplace(id);
        if (u != null && inScope(u)) {
            out.add(regs.get(u).region());
        }
        for (Rider r : riders) {
            if (r.id().equals(id) && !r.active().equals("离职")) {
                out.add(r.region());
            }
        }
        return out;
    }

    private Outcome r04(String id) {
        Member m = members.get(id);
        if (m == null) {
            boolean rider = riders.stream().anyMatch(r -> r.id().equals(id) && !r.active().equals("离职")
                    && (r.political().equals("中共党员") || r.political().equals("中共预备党员")));
            boolean rep = repOf.getOrDefault(id, List.of()).stream().anyMatch(u -> inScope(u) && latest(u) != null
                    && "是".equals(latest(u).repMember()));
            return rider || rep ? new Outcome(true, "NOT_IN_ROSTER") : Outcome.NONE;
        }
        if ("是".equals(m.flowing())) {
            return Outcome.NONE;
        }
        Set<String> places = places(id);
        if (places.isEmpty()) {
            return Outcome.NONE;
        }
        Org o = orgs.get(m.org());
        boolean moved = o == null || places.stream().noneMatch(pl -> Region.cityOf(pl).equals(Region.cityOf(o.region())));
        return moved ? new Outcome(true, "RELATION_NOT_TRANSFERRED") : Outcome.NONE;
    }

    private Outcome r05(String id) {
        if (!members.containsKey(id)) {
            return Outcome.NONE;
        }
        boolean rider = riders.stream().anyMatch(r -> r.id().equals(id) && !r.active().equals("离职")
                && !r.political().equals("中共党员") && !r.political().equals("中共预备党员"));
        boolean rep = repOf.getOrDefault(id, List.of()).stream().anyMatch(u -> inScope(u) && latest(u) != null
                && "否".equals(latest(u).repMember()));
        String basis = rider && rep ? "RIDER+LEGAL_REP" : rider ? "RIDER" : rep ? "LEGAL_REP" : "";
        return new Outcome(rider || rep, basis);
    }

    static boolean validId(String id) {
        return IdNumber.parse(id).valid();
    }

    /** How many subjects each rule fires for, over the whole data set. */
    Map<String, Long> ruleCounts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (String m : markets.keySet()) {
            count(out, "R01", m);
        }
        for (String u : regs.keySet()) {
            for (String rule : List.of("R02", "R03", "R07", "R08", "R13")) {
                count(out, rule, u);
            }
        }
        Set<String> persons = new HashSet<>(members.keySet());
        riders.forEach(r -> persons.add(r.id()));
        regs.values().forEach(r -> {
            if (!r.repId().isEmpty()) {
                persons.add(r.repId());
            }
        });
        for (String id : persons) {
            count(out, "R04", id);
            count(out, "R05", id);
        }
        for (String o : orgs.keySet()) {
            count(out, "R09", o);
            count(out, "R11", o);
            count(out, "R12", o);
        }
        for (String id : members.keySet()) {
            count(out, "R12", id);
        }
        Set<String> stations = new HashSet<>();
        riders.forEach(r -> stations.add(r.platform() + "|" + r.stationId()));
        for (String st : stations) {
            count(out, "R10", st);
        }
        return out;
    }

    private void count(Map<String, Long> out, String rule, String key) {
        out.merge(rule, evaluate(rule, key).fires() ? 1L : 0L, Long::sum);
    }
}
