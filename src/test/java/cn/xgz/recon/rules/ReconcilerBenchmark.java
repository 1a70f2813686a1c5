package cn.xgz.recon.rules;

import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
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
import java.util.Random;

/**
 * Times {@link Reconciler#reconcile} on synthetic data in province proportions (per 1M entities: 1.2M annual
 * reports, 70k roster members, 21k riders, 8.5k organisations, 1.5k markets). Not a test; run with
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat target/cp.txt) cn.xgz.recon.rules.ReconcilerBenchmark 1000000
 * </pre>
 */
public final class ReconcilerBenchmark {

    private static final LocalDate RUN = LocalDate.of(2025, 9, 30);
    private static final String[] ORG_FORMS = {"党支部", "联合党支部"};

    private ReconcilerBenchmark() {}

    public static void main(String[] args) {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        RegionTable regions = RegionTable.fujian();
        List<String> counties = regions.counties().stream().map(Region::code).toList();
        long t0 = System.nanoTime();
        Synthetic s = synthesize(entities, counties, new Random(42));
        System.out.printf("synthesised %,d registrations, %,d reports, %,d members, %,d riders, %,d orgs, %,d markets in %.1f s%n",
                s.data.registrations().size(), s.data.annualReports().size(), s.data.partyMembers().size(),
                s.data.riders().size(), s.data.partyOrgs().size(), s.data.markets().size(), (System.nanoTime() - t0) / 1e9);
        Reconciler reconciler = new Reconciler(regions, IndustryTable.standard(), AcceptanceData.KEYS);
        int previous = -1;
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            long before = usedHeap();
            long start = System.nanoTime();
            ReconciliationResult r = reconciler.reconcile(s.data, s.resolution, RUN);
            double secs = (System.nanoTime() - start) / 1e9;
            long after = usedHeap();
            int fingerprint = r.findings().hashCode() * 31 + r.proposals().hashCode();
            System.out.printf("round %d: reconcile %.2f s, %,d findings, %,d proposal rows, heap %,d MB -> %,d MB%s%n",
                    round, secs, r.findings().size(), r.proposals().size(), before >> 20, after >> 20,
                    previous == -1 || previous == fingerprint ? "" : "  RESULT DIFFERS FROM PREVIOUS ROUND");
            previous = fingerprint;
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    record Synthetic(SourceData data, NameResolution resolution) {}

    static String uscc(int n) {
        String first17 = "91350" + String.format("%012d", n);
        return first17 + UsccCode.checkChar(first17);
    }

    /** An 18-character ID-shaped key (the reconciler does not re-validate IDs; ingest did). */
    static String id(int n) {
        return String.format("35010219%010d", n);
    }

    static Synthetic synthesize(int n, List<String> counties, Random rnd) {
        int markets = Math.max(1, n / 650);
        int orgs = n / 118;
        int members = n * 7 / 100;
        int riders = n * 21 / 1000;
        List<Market> marketRows = new ArrayList<>(markets);
        for (int m = 0; m < markets; m++) {
            marketRows.add(new Market("SC" + m, "市场" + m, uscc(m * 600), "农贸市场", counties.get(m % counties.size()), null,
                    50, "markets.csv", m + 2));
        }
        List<Registration> regs = new ArrayList<>(n);
        List<AnnualReport> reports = new ArrayList<>(n * 6 / 5);
        String[] industries = {"5211", "6210", "7290", "5132", null, "0111", "4910"};
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(100);
            EntityType type = kind < 60 ? EntityType.INDIVIDUAL : kind < 95 ? EntityType.ENTERPRISE : EntityType.COOPERATIVE;
            EntityScale scale = type != EntityType.ENTERPRISE ? null
                    : EntityScale.values()[rnd.nextInt(10) < 8 ? rnd.nextInt(2) : 2 + rnd.nextInt(2)];
            RegistrationStatus status = rnd.nextInt(10) == 0 ? RegistrationStatus.CANCELLED : RegistrationStatus.ACTIVE;
            String market = rnd.nextInt(20) == 0 ? "SC" + rnd.nextInt(markets) : null;
            String rep = rnd.nextInt(3) == 0 ? id(rnd.nextInt(members * 3)) : id(10_000_000 + i);
            regs.add(new Registration(uscc(i), "主体" + i, type, scale, counties.get(rnd.nextInt(counties.size())), null, null,
                    industries[rnd.nextInt(industries.length)], LocalDate.of(2000 + rnd.nextInt(26), 1 + rnd.nextInt(12), 1),
                    status, "法人" + i, rep, market, 3, null, "registrations.csv", i + 2));
            int years = rnd.nextInt(3);
            for (int y = 0; y < years; y++) {
                reports.add(new AnnualReport(uscc(i), 2024 - y, rnd.nextInt(10) < 8 ? 0 : rnd.nextInt(5),
                        rnd.nextInt(20) == 0 ? ReportedOrgForm.BRANCH : ReportedOrgForm.NONE,
                        rnd.nextInt(4) == 0 ? null : rnd.nextInt(8) == 0, null, null, "annual-reports.csv", reports.size() + 2));
            }
        }
        List<PartyOrg> orgRows = new ArrayList<>(orgs);
        List<List<MatchDecision>> orgDecisions = new ArrayList<>(orgs);
        for (int o = 0; o < orgs; o++) {
            boolean joint = rnd.nextInt(4) == 0;
            List<String> usccs = new ArrayList<>();
            int units = joint ? 2 + rnd.nextInt(6) : 1;
            for (int u = 0; u < units; u++) {
                usccs.add(uscc(rnd.nextInt(n)));
            }
            List<String> names = joint && rnd.nextBoolean() ? List.of("覆盖单位" + o) : List.of();
            orgDecisions.add(names.isEmpty() ? List.of()
                    : List.of(rnd.nextBoolean()
                            ? new MatchDecision(MatchMethod.EXACT, uscc(rnd.nextInt(n)), 1.0, null, 0, null, List.of())
                            : new MatchDecision(MatchMethod.UNRESOLVED, null, 0, null, 0,
                                    MatchDecision.Unresolved.NO_CANDIDATE, List.of())));
            orgRows.add(new PartyOrg(String.format("ORG%07d", o), "中共组织" + o, OrgType.valueOf(joint ? "JOINT_BRANCH" : "BRANCH"),
                    null, null, counties.get(rnd.nextInt(counties.size())), LocalDate.of(2015, 1, 1), usccs.stream().distinct().toList(),
                    names, null, rnd.nextInt(50) == 0 ? OrgStatus.REVOKED : OrgStatus.NORMAL, "party-orgs.csv", o + 2));
        }
        List<PartyMember> memberRows = new ArrayList<>(members);
        List<MatchDecision> memberDecisions = new ArrayList<>(members);
        for (int m = 0; m < members; m++) {
            String org = rnd.nextInt(10) == 0 ? "OUTSIDE" + m : String.format("ORG%07d", rnd.nextInt(Math.max(1, orgs)));
            int w = rnd.nextInt(10);
            MatchDecision d = w < 8 ? new MatchDecision(MatchMethod.USCC, uscc(rnd.nextInt(n)), 1.0, null, 0, null, List.of())
                    : w == 8 ? new MatchDecision(MatchMethod.UNRESOLVED, null, 0, null, 0, MatchDecision.Unresolved.NO_CANDIDATE, List.of())
                    : null;
            memberRows.add(new PartyMember(id(m * 3), "党员" + m, org, rnd.nextInt(10) == 0 ? MemberType.PROBATIONARY : MemberType.FULL,
                    d == null ? null : "单位", null, rnd.nextInt(20) == 0, null, null, "party-members.csv", m + 2));
            memberDecisions.add(d);
        }
        List<Rider> riderRows = new ArrayList<>(riders);
        for (int r = 0; r < riders; r++) {
            String who = rnd.nextInt(10) == 0 ? id(rnd.nextInt(members) * 3) : id(20_000_000 + r);
            String status = rnd.nextInt(10) == 0 ? "中共党员" : "群众";
            int station = rnd.nextInt(Math.max(1, riders / 12));
            riderRows.add(new Rider("美团", "MT" + r, "骑手" + r, who, "13800000000", "S" + station, "站点" + station,
                    counties.get(station % counties.size()), rnd.nextBoolean() ? uscc(rnd.nextInt(n)) : null, status,
                    rnd.nextInt(10) != 0, "riders.csv", r + 2));
        }
        SourceData data = new SourceData(EnumSet.allOf(Source.class), regs, reports, riderRows, orgRows, memberRows, marketRows);
        return new Synthetic(data, new NameResolution(memberDecisions, orgDecisions));
    }
}
