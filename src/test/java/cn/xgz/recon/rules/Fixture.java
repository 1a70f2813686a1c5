package cn.xgz.recon.rules;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Formation;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Small synthetic runs for rule tests: builders with sensible defaults (an active 个体工商户 in 鼓楼区, a normal
 * 党支部 in 鼓楼区, an active rider) and codes with valid check characters. Nothing here is real data.
 */
final class Fixture {

    static final LocalDate RUN = LocalDate.of(2025, 9, 30);
    static final String GULOU = "350102"; // 福州市鼓楼区
    static final String CANGSHAN = "350104"; // 福州市仓山区
    static final String SIMING = "350203"; // 厦门市思明区
    static final RegionTable REGIONS = RegionTable.fujian();
    static final IndustryTable INDUSTRIES = IndustryTable.standard();

    private final List<RegBuilder> regs = new ArrayList<>();
    private final List<AnnualReport> reports = new ArrayList<>();
    private final List<Rider> riders = new ArrayList<>();
    private final List<OrgBuilder> orgs = new ArrayList<>();
    private final List<MemberBuilder> members = new ArrayList<>();
    private final List<Market> markets = new ArrayList<>();
    private final Set<Source> present = EnumSet.allOf(Source.class);
    private int next = 1;

    /** A valid USCC numbered n (91 + 350102 + a serial + check character). */
    static String uscc(int n) {
        String first17 = "91350102MA" + String.format("%07d", n);
        return first17 + UsccCode.checkChar(first17);
    }

    /** A valid 居民身份证号 numbered n (born 1980-01-01 in 350102). */
    static String id(int n) {
        String first17 = "35010219800101" + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkChar(first17);
    }

    Fixture without(Source... sources) {
        for (Source s : sources) {
            present.remove(s);
        }
        return this;
    }

    // ------------------------------------------------------------------------------------------ registrations

    final class RegBuilder {
        final String uscc = uscc(next++);
        String name;
        EntityType type = EntityType.INDIVIDUAL;
        EntityScale scale;
        String region = GULOU;
        String industry = "5211"; // 百货零售 (F)
        LocalDate established = LocalDate.of(2010, 1, 1);
        RegistrationStatus status = RegistrationStatus.ACTIVE;
        String legalRepName = "王小明";
        String legalRepId;
        String marketId;

        RegBuilder(String name) {
            this.name = name;
        }

        RegBuilder enterprise(EntityScale s) {
            type = EntityType.ENTERPRISE;
            scale = s;
            return this;
        }

        RegBuilder type(EntityType t) {
            type = t;
            return this;
        }

        RegBuilder region(String r) {
            region = r;
            return this;
        }

        RegBuilder industry(String code) {
            industry = code;
            return this;
        }

        RegBuilder established(LocalDate d) {
            established = d;
            return this;
        }

        RegBuilder status(RegistrationStatus s) {
            status = s;
            return this;
        }

        RegBuilder legalRep(String name, String id) {
            legalRepName = name;
            legalRepId = id;
            return this;
        }

        RegBuilder market(String id) {
            marketId = id;
            return this;
        }

        /** Adds a report for year(run) − 1 (2024) with {@code a} members and the form 未成立党组织. */
        RegBuilder report(int a) {
            return report(RUN.getYear() - 1, a, ReportedOrgForm.NONE, null);
        }

        RegBuilder report(int year, int a, ReportedOrgForm form, Boolean legalRepIsMember) {
            reports.add(new AnnualReport(uscc, year, a, form, legalRepIsMember, null, null, "annual-reports.csv",
                    reports.size() + 2));
            return this;
        }

        Registration build(int row) {
            return new Registration(uscc, name, type, scale, region, null, "鼓楼区东街市场监管所", industry, established, status,
                    legalRepName, legalRepId, marketId, 1, null, "registrations.csv", row);
        }
    }

    /** A registration with defaults, already added; its {@code uscc} is fixed at creation. */
    RegBuilder entity(String name) {
        RegBuilder b = new RegBuilder(name);
        regs.add(b);
        return b;
    }

    // ------------------------------------------------------------------------------------------ roster

    final class MemberBuilder {
        final String id;
        String name;
        String orgCode = "350102000001";
        MemberType type = MemberType.FULL;
        String workplace;
        MatchDecision decision;
        Boolean flowing;

        MemberBuilder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        MemberBuilder probationary() {
            type = MemberType.PROBATIONARY;
            return this;
        }

        MemberBuilder org(String code) {
            orgCode = code;
            return this;
        }

        MemberBuilder flowing(Boolean f) {
            flowing = f;
            return this;
        }

        /** Works at a registered entity (resolved by USCC). */
        MemberBuilder worksAt(RegBuilder e) {
            workplace = e.name;
            decision = new MatchDecision(MatchMethod.USCC, e.uscc, 1.0, null, 0, null, List.of());
            return this;
        }

        /** Names a workplace that did not resolve. */
        MemberBuilder worksAtUnresolved(String text) {
            workplace = text;
            decision = new MatchDecision(MatchMethod.UNRESOLVED, null, 0, null, 0, MatchDecision.Unresolved.NO_CANDIDATE,
                    List.of());
            return this;
        }

        PartyMember build(int row) {
            return new PartyMember(id, name, orgCode, type, workplace, null, flowing, null, null, "party-members.csv", row);
        }
    }

    MemberBuilder member(String id, String name) {
        MemberBuilder b = new MemberBuilder(id, name);
        members.add(b);
        return b;
    }

    // ------------------------------------------------------------------------------------------ organisations

    final class OrgBuilder {
        final String code;
        String name;
        OrgType type = OrgType.BRANCH;
        Formation formation;
        String region = GULOU;
        LocalDate established = LocalDate.of(2015, 1, 1);
        OrgStatus status = OrgStatus.NORMAL;
        final List<String> usccs = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<MatchDecision> nameDecisions = new ArrayList<>();

        OrgBuilder(String code) {
            this.code = code;
            this.name = "中共测试" + code + "支部委员会";
        }

        OrgBuilder type(OrgType t) {
            type = t;
            return this;
        }

        OrgBuilder formation(Formation f) {
            formation = f;
            return this;
        }

        OrgBuilder region(String r) {
            region = r;
            return this;
        }

        OrgBuilder established(LocalDate d) {
            established = d;
            return this;
        }

        OrgBuilder status(OrgStatus s) {
            status = s;
            return this;
        }

        OrgBuilder covers(RegBuilder... entities) {
            for (RegBuilder e : entities) {
                usccs.add(e.uscc);
            }
            return this;
        }

        OrgBuilder coversUscc(String uscc) {
            usccs.add(uscc);
            return this;
        }

        /** A 覆盖单位名称 that resolves to {@code e} (or stays unresolved when null). */
        OrgBuilder coversName(String text, RegBuilder e) {
            names.add(text);
            nameDecisions.add(e == null
                    ? new MatchDecision(MatchMethod.UNRESOLVED, null, 0, null, 0, MatchDecision.Unresolved.NO_CANDIDATE,
                            List.of())
                    : new MatchDecision(MatchMethod.EXACT, e.uscc, 1.0, null, 0, null, List.of()));
            return this;
        }

        PartyOrg build(int row) {
            return new PartyOrg(code, name, type, formation, null, region, established, List.copyOf(usccs),
                    List.copyOf(names), null, status, "party-orgs.csv", row);
        }
    }

    OrgBuilder org(String code) {
        OrgBuilder b = new OrgBuilder(code);
        orgs.add(b);
        return b;
    }

    // ------------------------------------------------------------------------------------------ riders, markets

    Fixture rider(String platform, String station, String region, String operatorUscc, String id, String name,
            String politicalStatus, boolean active) {
        riders.add(new Rider(platform, "R" + (riders.size() + 1), name, id, "13800000000", station, platform + station + "站",
                region, operatorUscc, politicalStatus, active, "riders-" + platform + ".csv", riders.size() + 2));
        return this;
    }

    Fixture market(String id, String name, String operatorUscc, String region) {
        markets.add(new Market(id, name, operatorUscc, "农贸市场", region, null, 10, "markets.csv", markets.size() + 2));
        return this;
    }

    // ------------------------------------------------------------------------------------------ running

    SourceData data() {
        List<Registration> r = new ArrayList<>();
        for (int i = 0; i < regs.size(); i++) {
            r.add(regs.get(i).build(i + 2));
        }
        List<PartyOrg> o = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            o.add(orgs.get(i).build(i + 2));
        }
        List<PartyMember> m = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            m.add(members.get(i).build(i + 2));
        }
        return new SourceData(present, r, List.copyOf(reports), List.copyOf(riders), o, m, List.copyOf(markets));
    }

    NameResolution resolution() {
        List<MatchDecision> m = new ArrayList<>();
        members.forEach(b -> m.add(b.decision));
        List<List<MatchDecision>> o = new ArrayList<>();
        orgs.forEach(b -> o.add(new ArrayList<>(b.nameDecisions)));
        return new NameResolution(m, o);
    }

    ReconciliationResult run() {
        return run(RUN);
    }

    ReconciliationResult run(LocalDate date) {
        return new Reconciler(REGIONS, INDUSTRIES, AcceptanceData.KEYS).reconcile(data(), resolution(), date);
    }

    /** The facts as the rules see them, for tests of the figures themselves. */
    RunFacts facts(LocalDate date) {
        return RunFacts.build(data(), resolution(), date, REGIONS, INDUSTRIES, new PersonKeyCache(AcceptanceData.KEYS));
    }

    List<Finding> findings(RuleCode rule) {
        return findings(rule, RUN);
    }

    List<Finding> findings(RuleCode rule, LocalDate date) {
        return run(date).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    static String keyOf(String id) {
        return AcceptanceData.KEYS.keyOf(id);
    }
}
