package cn.xgz.recon.rules;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.Labeled;
import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.OrgStatus;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.Source;
import cn.xgz.recon.source.SourceData;
import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Test-only reading of the public acceptance sets' clean CSV inputs (UTF-8 with BOM, Chinese headers in any
 * order) into the source records, and of expected-resolution.csv into a {@link NameResolution}. It stands in for
 * the ingest and match steps, which other packages own.
 */
final class AcceptanceData {

    static final String SECRET = "test-secret";
    static final PersonKeys KEYS = new PersonKeys(SECRET.getBytes(StandardCharsets.UTF_8));

    private AcceptanceData() {}

    /** A CSV as header → value maps, values trimmed, blank as null. */
    static List<Map<String, String>> readCsv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = csv.readAll();
            String[] header = rows.get(0);
            header[0] = header[0].replace("\uFEFF", "");
            List<Map<String, String>> out = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                String[] r = rows.get(i);
                if (Arrays.stream(r).allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    String v = c < r.length ? r[c].trim() : "";
                    m.put(header[c].trim(), v.isEmpty() ? null : v);
                }
                m.put("#row", String.valueOf(i + 1));
                out.add(m);
            }
            return out;
        } catch (IOException | com.opencsv.exceptions.CsvException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    static SourceData load(Path inputDir) {
        IndustryTable industries = IndustryTable.standard();
        Set<Source> present = EnumSet.noneOf(Source.class);
        Map<Source, List<Path>> files = new HashMap<>();
        try (Stream<Path> s = Files.list(inputDir)) {
            s.sorted().forEach(p -> Source.ofFileName(p.getFileName().toString()).ifPresent(src -> {
                present.add(src);
                files.computeIfAbsent(src, k -> new ArrayList<>()).add(p);
            }));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new SourceData(present,
                rows(files, Source.REGISTRATIONS, (m, f) -> registration(m, f, industries)),
                rows(files, Source.ANNUAL_REPORTS, AcceptanceData::report),
                rows(files, Source.RIDERS, AcceptanceData::rider),
                rows(files, Source.PARTY_ORGS, AcceptanceData::org),
                rows(files, Source.PARTY_MEMBERS, AcceptanceData::member),
                rows(files, Source.MARKETS, AcceptanceData::market));
    }

    private interface RowMapper<T> {
        T map(Map<String, String> row, String file);
    }

    private static <T> List<T> rows(Map<Source, List<Path>> files, Source source, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        for (Path p : files.getOrDefault(source, List.of())) {
            for (Map<String, String> m : readCsv(p)) {
                out.add(mapper.map(m, p.getFileName().toString()));
            }
        }
        return out;
    }

    private static int row(Map<String, String> m) {
        return Integer.parseInt(m.get("#row"));
    }

    private static <E extends Enum<E> & Labeled> E label(Class<E> type, String text) {
        return text == null ? null : Labeled.parse(type, text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Boolean bool(String s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "是", "Y", "1", "true" -> Boolean.TRUE;
            case "否", "N", "0", "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String id(String s) {
        if (s == null) {
            return null;
        }
        IdNumber.Parsed p = IdNumber.parse(s);
        if (!p.valid()) {
            throw new IllegalArgumentException("invalid ID in acceptance input");
        }
        return p.value();
    }

    private static Registration registration(Map<String, String> m, String file, IndustryTable industries) {
        String industry = m.get("行业代码");
        return new Registration(upper(m.get("统一社会信用代码")), m.get("主体名称"), label(EntityType.class, m.get("主体类型")),
                label(EntityScale.class, m.get("企业规模")), m.get("行政区划代码"), m.get("市场监管所代码"), m.get("市场监管所"),
                industry == null ? null : industries.normalize(industry).orElseThrow(), date(m.get("成立日期")),
                label(RegistrationStatus.class, m.get("登记状态")), m.get("法定代表人（经营者）"), id(m.get("法定代表人证件号码")),
                m.get("所在市场编号"), integer(m.get("从业人数")), m.get("住所"), file, row(m));
    }

    private static AnnualReport report(Map<String, String> m, String file) {
        return new AnnualReport(upper(m.get("统一社会信用代码")), Integer.parseInt(m.get("年报年度")),
                Integer.parseInt(m.get("中共党员（包括预备党员）人数")), label(ReportedOrgForm.class, m.get("党组织建制")),
                bool(m.get("法定代表人是否为中共党员")), bool(m.get("法定代表人是否为党组织书记")), date(m.get("报送日期")), file, row(m));
    }

    private static Rider rider(Map<String, String> m, String file) {
        return new Rider(m.get("平台"), m.get("骑手编号"), m.get("姓名"), id(m.get("身份证号")), m.get("手机号"), m.get("配送站点编号"),
                m.get("配送站点"), m.get("站点行政区划代码"), upper(m.get("站点运营企业统一社会信用代码")), m.get("政治面貌"),
                !"离职".equals(m.get("在岗状态")), file, row(m));
    }

    private static List<String> split(String s, Function<String, String> f) {
        if (s == null) {
            return List.of();
        }
        return Arrays.stream(s.split("[;；,，、\\s]+")).filter(x -> !x.isBlank()).map(f).distinct().toList();
    }

    private static PartyOrg org(Map<String, String> m, String file) {
        String status = m.get("状态");
        return new PartyOrg(m.get("党组织代码"), m.get("党组织名称"), label(OrgType.class, m.get("党组织类别")),
                label(Formation.class, m.get("组建方式")), m.get("上级党组织代码"), m.get("行政区划代码"), date(m.get("成立日期")),
                split(m.get("覆盖单位统一社会信用代码"), AcceptanceData::upper), split(m.get("覆盖单位名称"), x -> x),
                bool(m.get("是否流动党员党支部")), status == null ? OrgStatus.NORMAL : label(OrgStatus.class, status), file, row(m));
    }

    private static PartyMember member(Map<String, String> m, String file) {
        return new PartyMember(id(m.get("身份证号")), m.get("姓名"), m.get("所在党组织代码"), label(MemberType.class, m.get("人员类别")),
                m.get("工作单位"), upper(m.get("工作单位统一社会信用代码")), bool(m.get("是否流动党员")), m.get("流入地行政区划代码"),
                date(m.get("入党日期")), file, row(m));
    }

    private static Market market(Map<String, String> m, String file) {
        return new Market(m.get("市场编号"), m.get("市场名称"), upper(m.get("开办者统一社会信用代码")), m.get("市场类别"),
                m.get("行政区划代码"), m.get("市场监管所代码"), integer(m.get("经营户数量")), file, row(m));
    }

    /**
     * The resolution the acceptance set expects, as the match step would deliver it: MEMBER rows by person key,
     * ORG_COVERED_NAME rows by organisation code and name text.
     */
    static NameResolution resolution(SourceData data, Path expectedResolutionCsv) {
        Map<String, MatchDecision> byPerson = new HashMap<>();
        Map<String, MatchDecision> byOrgName = new HashMap<>();
        for (Map<String, String> r : readCsv(expectedResolutionCsv)) {
            MatchDecision d = decision(r);
            if ("MEMBER".equals(r.get("kind"))) {
                byPerson.put(r.get("subject_key"), d);
            } else {
                byOrgName.put(r.get("subject_key") + "|" + r.get("name_text"), d);
            }
        }
        List<MatchDecision> members = new ArrayList<>();
        for (PartyMember m : data.partyMembers()) {
            MatchDecision d = byPerson.get(KEYS.keyOf(m.idNumber()));
            if (d == null && (m.workplaceName() != null || m.workplaceUscc() != null)) {
                throw new IllegalStateException("no expected resolution for a member at row " + m.row());
            }
            members.add(d);
        }
        List<List<MatchDecision>> orgs = new ArrayList<>();
        for (PartyOrg o : data.partyOrgs()) {
            List<MatchDecision> ds = new ArrayList<>();
            for (String name : o.coveredNames()) {
                MatchDecision d = byOrgName.get(o.orgCode() + "|" + name);
                if (d == null) {
                    throw new IllegalStateException("no expected resolution for " + o.orgCode() + " " + name);
                }
                ds.add(d);
            }
            orgs.add(ds);
        }
        return new NameResolution(members, orgs);
    }

    private static MatchDecision decision(Map<String, String> r) {
        MatchMethod method = MatchMethod.valueOf(r.get("expected_method"));
        if (method == MatchMethod.UNRESOLVED) {
            MatchDecision.Unresolved why = "AMBIGUOUS".equals(r.get("variant"))
                    ? MatchDecision.Unresolved.AMBIGUOUS
                    : MatchDecision.Unresolved.NO_CANDIDATE;
            return new MatchDecision(method, null, 0, null, 0, why, List.of());
        }
        double score = method == MatchMethod.FUZZY ? 0.9 : 1.0;
        return new MatchDecision(method, r.get("expected_uscc"), score, null, 0, null, List.of());
    }
}
