package cn.xgz.recon.generate;

import static cn.xgz.recon.generate.Layout.BLOCK;

import cn.xgz.recon.generate.Plan.Block;
import cn.xgz.recon.generate.Plan.Entity;
import cn.xgz.recon.generate.Plan.EntityName;
import cn.xgz.recon.generate.Plan.Market;
import cn.xgz.recon.generate.Plan.Member;
import cn.xgz.recon.generate.Plan.Org;
import cn.xgz.recon.generate.Plan.Person;
import cn.xgz.recon.generate.Plan.Platform;
import cn.xgz.recon.generate.Plan.Report;
import cn.xgz.recon.generate.Plan.Rider;
import cn.xgz.recon.generate.Plan.Station;
import cn.xgz.recon.generate.Trades.Trade;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.PoliticalStatus;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plans one block: 64 entities of one county, then the planted scenarios placed there, then the background
 * population (markets, stations and riders, members, organisations), then the annual reports that follow from
 * it. Deterministic in (seed, block), so every writer that needs the block can plan it again.
 */
final class BlockBuilder {

    private static final long SALT_ENTITY = 0xE1;
    private static final long SALT_RESHAPE = 0xE2;
    private static final long SALT_PARTY = 0xE3;
    private static final long SALT_REPORT = 0xE4;
    private static final long SALT_BLOCK = 0xB1;
    private static final long SALT_SCENARIO = 0x5C;
    private static final long UNREGISTERED_NAME_BASE = 10_000_000_000_000L;

    private static final String[] AREAS = {"城关", "东街", "西郊", "南湖", "北岭", "江滨", "新城", "塔头"};
    private static final String[] ROADS = {"五一路", "八一七路", "湖东路", "华林路", "江滨路", "工业路", "解放路", "人民路",
        "建设路", "中山路", "新华路", "胜利路", "滨海大道", "朝阳路", "环城路", "府前街"};
    private static final String[] OTHER_PARTIES = {"民盟盟员", "民革党员", "九三学社社员", "民进会员", "无党派人士"};

    /** How a workplace or a covered-unit name is written relative to the registered name. */
    enum Variant { EXACT, PADD, PDROP, LLC, FW, TYPO_SUB, TYPO_INS, TYPO_DEL, USCC, USCC_ABBR, USCC_UNREG }

    /** A workplace as a member wrote it, and the entity it should resolve to (null: should not resolve). */
    record Workplace(String name, String uscc, Entity resolvesTo, String label) {}

    private final Layout layout;
    private final long seed;
    private final long key;
    private final int b;
    private final LocalDate asOf;
    private final Block plan = new Block();
    private final SplittableRandom rng;
    private final String county;
    private final String countyName;
    private final String countyShort;
    private final String cityName;
    private final String cityShort;
    private final Entity[] es;
    private final boolean[] taken;
    private int nextPerson = Layout.FIRST_EXTRA_PERSON;
    private int nextOrg;
    private int unregistered;
    private int unregisteredNames;
    private int marketCount;
    private final int[] stationCount = new int[Platform.values().length];
    private final Station[] shared = new Station[Platform.values().length];
    private final int[] sharedCounting = new int[Platform.values().length];
    private final Map<Entity, List<Org>> coverage = new IdentityHashMap<>();
    private final Map<Entity, Org> ownOrgs = new IdentityHashMap<>();
    private final List<Station> backgroundStations = new ArrayList<>();

    private BlockBuilder(Layout layout, int b) {
        this.layout = layout;
        this.seed = layout.seed;
        this.key = layout.key;
        this.b = b;
        this.asOf = layout.asOf;
        this.rng = Mix.rng(seed, SALT_BLOCK, b);
        this.county = layout.county(b);
        this.countyName = layout.regions.nameOf(county);
        this.countyShort = shortName(countyName);
        this.cityName = layout.regions.nameOf(Region.cityOf(county));
        this.cityShort = shortName(cityName);
        int size = layout.blockSize(b);
        this.es = new Entity[size];
        this.taken = new boolean[size];
        plan.index = b;
        plan.county = county;
        plan.entities = es;
    }

    static Block plan(Layout layout, int b) {
        return new BlockBuilder(layout, b).build();
    }

    private Block build() {
        for (int slot = 0; slot < es.length; slot++) {
            es[slot] = base(slot);
        }
        for (Layout.Instance inst : layout.instances(b)) {
            SplittableRandom r = Mix.rng(seed, SALT_SCENARIO, ((long) b << 16) + inst.scenario().ordinal() * 16L + inst.copy());
            apply(inst.scenario(), inst.copy(), r);
            plan.planted.merge(inst.scenario().name(), 1, Integer::sum);
        }
        if (layout.hasMarket(b)) {
            backgroundMarket();
        }
        backgroundParty();
        for (Platform p : Platform.values()) {
            if (layout.hasStation(b, p)) {
                backgroundStation(p);
            }
        }
        backgroundTwoPlatforms();
        backgroundExtras();
        for (Entity e : es) {
            finish(e);
        }
        for (Market m : plan.markets) {
            ledgerStallCount(m);
        }
        return plan;
    }

    // ---------------------------------------------------------------- entities

    private Entity base(int slot) {
        Entity e = new Entity();
        e.slot = slot;
        e.index = (long) b * BLOCK + slot;
        e.county = county;
        SplittableRandom r = Mix.rng(seed, SALT_ENTITY, e.index);
        double t = r.nextDouble();
        EntityType type = t < 0.65 ? EntityType.INDIVIDUAL : t < 0.98 ? EntityType.ENTERPRISE : EntityType.COOPERATIVE;
        shape(e, type, type == EntityType.ENTERPRISE ? drawScale(r) : null, r.nextDouble() < 0.15, null, r);
        double u = r.nextDouble();
        if (u < 0.001) {
            e.established = asOf.plusDays(1 + r.nextInt(180));
        } else {
            double years = -Math.log(1 - r.nextDouble()) * (type == EntityType.INDIVIDUAL ? 5.5 : 8.0);
            if (years > 30) {
                years = r.nextDouble() * 30;
            }
            e.established = asOf.minusDays(1 + (long) (years * 365));
        }
        double s = r.nextDouble();
        e.status = s < 0.025 ? RegistrationStatus.REVOKED
                : s < 0.05 ? RegistrationStatus.CANCELLED
                : s < 0.06 ? RegistrationStatus.MOVED_OUT
                : RegistrationStatus.ACTIVE;
        e.rep = person(slot, Identities.Pool.SETTLED);
        e.repIdBlank = type == EntityType.ENTERPRISE && r.nextDouble() < 0.004;
        int office = r.nextInt(4);
        e.officeCode = county + "0" + (office + 1);
        e.officeName = countyName + AREAS[office * 2 % AREAS.length] + "市场监管所";
        StringBuilder addr = new StringBuilder(40).append(layout.regions.province().name()).append(cityName)
                .append(countyName).append(ROADS[r.nextInt(ROADS.length)]).append(1 + r.nextInt(300)).append('号');
        double a = r.nextDouble();
        if (a < 0.01) {
            addr.append(',').append(1 + r.nextInt(20)).append("层");
        } else if (a < 0.05) {
            addr.append(1 + r.nextInt(30)).append("0").append(1 + r.nextInt(9)).append("室");
        }
        e.address = addr.toString();
        return e;
    }

    private static EntityScale drawScale(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.62 ? EntityScale.MICRO
                : u < 0.87 ? EntityScale.SMALL
                : u < 0.895 ? EntityScale.MEDIUM
                : u < 0.90 ? EntityScale.LARGE
                : null;
    }

    /** Sets type, scale, name, USCC, industry and employees; {@code trade} null draws one. */
    private void shape(Entity e, EntityType type, EntityScale scale, boolean rare, Trade trade, SplittableRandom r) {
        e.type = type;
        e.scale = type == EntityType.ENTERPRISE ? scale : null;
        e.rare = rare && type == EntityType.ENTERPRISE;
        EntityName n = new EntityName();
        Trade t = trade;
        switch (type) {
            case INDIVIDUAL -> {
                t = t != null ? t : Trades.SHOPS.get(r.nextInt(Trades.SHOPS.size()));
                n.zihao = NamePools.zihao3(e.index, key);
                n.trade = t.word();
                double u = r.nextDouble();
                n.prefix = u < 0.55 ? "" : u < 0.75 ? countyName : u < 0.85 ? countyShort : u < 0.95 ? cityShort : cityName;
            }
            case COOPERATIVE -> {
                t = t != null ? t : Trades.COOPERATIVES.get(r.nextInt(Trades.COOPERATIVES.size()));
                n.zihao = NamePools.zihao3(e.index, key);
                n.trade = t.word();
                n.form = "专业合作社";
                double u = r.nextDouble();
                n.prefix = u < 0.6 ? countyName : u < 0.85 ? countyShort : "";
            }
            default -> {
                t = t != null ? t : Trades.INDUSTRIES.get(r.nextInt(Trades.INDUSTRIES.size()));
                n.zihao = e.rare ? NamePools.rare4(e.index, key) : NamePools.zihao4(e.index, key);
                n.trade = t.word();
                double f = r.nextDouble();
                boolean big = scale == EntityScale.MEDIUM || scale == EntityScale.LARGE;
                n.form = f < 0.85 ? "有限公司" : f < 0.97 || !big ? "有限责任公司" : "股份有限公司";
                double u = r.nextDouble();
                if (u < 0.15) {
                    n.prefix = "福建";
                } else if (u < 0.20) {
                    n.prefix = "福建省";
                } else if (u < 0.50) {
                    n.prefix = cityShort;
                } else if (u < 0.70) {
                    n.prefix = cityName;
                } else if (u < 0.75) {
                    n.prefix = countyName;
                } else if (u < 0.88 || e.rare) {
                    n.prefix = "";
                } else {
                    n.bracket = cityShort;
                }
            }
        }
        e.name = n;
        char typeDigit = type == EntityType.INDIVIDUAL ? '2' : type == EntityType.COOPERATIVE ? '3' : '1';
        e.uscc = Identities.uscc(typeDigit, county, e.index, key);
        e.industry = renderIndustry(t.code(), r);
        e.employees = switch (type) {
            case INDIVIDUAL -> 1 + r.nextInt(6);
            case COOPERATIVE -> 5 + r.nextInt(56);
            default -> scale == null ? 1 + r.nextInt(30)
                    : switch (scale) {
                        case MICRO -> 1 + r.nextInt(19);
                        case SMALL -> 20 + r.nextInt(80);
                        case MEDIUM -> 100 + r.nextInt(400);
                        case LARGE -> 500 + r.nextInt(2500);
                    };
        };
    }

    private String renderIndustry(String code, SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.05) {
            return null;
        }
        String digits = code;
        if (u < 0.12 && code.length() == 4) {
            digits = code.substring(0, 3);
        } else if (u < 0.15) {
            digits = code.substring(0, 2);
        }
        if (u >= 0.15 && u < 0.27) {
            return layout.industries.sectionOf(digits) + digits;
        }
        return digits;
    }

    /** Takes the highest free slot for a scenario and reshapes it; the scenario then owns every aspect of it. */
    private Entity claim(EntityType type, EntityScale scale) {
        int slot = es.length - 1;
        while (slot >= 0 && taken[slot]) {
            slot--;
        }
        if (slot < 0) {
            throw new IllegalStateException("block " + b + " has no free entity slot");
        }
        taken[slot] = true;
        Entity e = es[slot];
        e.claimed = true;
        SplittableRandom r = Mix.rng(seed, SALT_RESHAPE, e.index);
        shape(e, type, scale, false, null, r);
        e.status = RegistrationStatus.ACTIVE;
        e.established = asOf.minusDays(365L * 3 + r.nextInt(365 * 10));
        e.marketId = null;
        e.repIdBlank = false;
        return e;
    }

    private Entity claimIndividual() {
        return claim(EntityType.INDIVIDUAL, null);
    }

    private Entity claimMicro() {
        return claim(EntityType.ENTERPRISE, EntityScale.MICRO);
    }

    /** An enterprise with an uncommon trade name: the only kind typo variants are planted on. */
    private Entity claimRare(Trade trade) {
        Entity e = claim(EntityType.ENTERPRISE, EntityScale.MICRO);
        SplittableRandom r = Mix.rng(seed, SALT_RESHAPE + 1, e.index);
        shape(e, EntityType.ENTERPRISE, EntityScale.MICRO, true, trade, r);
        if (e.name.form.equals("股份有限公司")) {
            e.name.form = "有限公司";
        }
        return e;
    }

    private Entity claimOperator() {
        Entity e = claim(EntityType.ENTERPRISE, EntityScale.SMALL);
        shape(e, EntityType.ENTERPRISE, EntityScale.SMALL, false, Trades.MARKET_OPERATOR,
                Mix.rng(seed, SALT_RESHAPE + 2, e.index));
        return e;
    }

    private int freeSlots() {
        int n = 0;
        for (boolean t : taken) {
            if (!t) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- persons, members, riders

    private Person person(int slot, Identities.Pool pool) {
        Person p = new Person();
        p.slot = slot;
        p.index = (long) b * Layout.PERSON_SLOTS + slot;
        p.pool = pool;
        p.id = Identities.idNumber(p.index, pool, key);
        p.name = NamePools.personName(Mix.mix(key, p.index));
        p.phone = Identities.phone(Mix.mix(key ^ 0x9A, p.index));
        return p;
    }

    /** A new person of this block, or null when the block's person numbers are used up. */
    private Person extra(Identities.Pool pool) {
        if (nextPerson >= Layout.END_EXTRA_PERSON) {
            return null;
        }
        return person(nextPerson++, pool);
    }

    private Member enroll(Person p, String orgCode, MemberType type, Workplace w, SplittableRandom r) {
        Member m = new Member();
        m.orgCode = orgCode;
        m.type = type;
        m.workplaceName = w.name();
        m.workplaceUscc = w.uscc();
        m.resolvesTo = w.resolvesTo();
        double f = r.nextDouble();
        m.flowing = f < 0.3 ? null : Boolean.FALSE;
        m.joined = type == MemberType.PROBATIONARY
                ? asOf.minusDays(20 + r.nextInt(330))
                : asOf.minusDays(400 + r.nextInt(365 * 40));
        p.member = m;
        plan.persons.add(p);
        if (w.name() != null || w.uscc() != null) {
            plan.natural.merge(w.resolvesTo() != null ? "CHECK_WORKPLACE_RESOLVES" : "CHECK_WORKPLACE_UNRESOLVED", 1,
                    Integer::sum);
        }
        if (w.resolvesTo() != null) {
            w.resolvesTo().resolving++;
            if (type == MemberType.FULL) {
                w.resolvesTo().resolvingFull++;
            }
        }
        return m;
    }

    private Station station(Platform p, String operatorUscc) {
        int k = stationCount[p.ordinal()]++;
        if (k >= Layout.STATIONS_PER_BLOCK) {
            throw new IllegalStateException("block " + b + " has too many stations");
        }
        Station s = new Station();
        s.platform = p;
        s.id = p.idPrefix + county + String.format("%03d", layout.seqInCounty(b) * Layout.STATIONS_PER_BLOCK + k + 1);
        s.name = p.label + countyName + AREAS[(int) Math.floorMod(Mix.mix(key, b * 31L + k), (long) AREAS.length)]
                + (k + 1) + "站";
        s.county = county;
        s.operatorUscc = operatorUscc;
        plan.stations.add(s);
        return s;
    }

    /**
     * A station for riders of person scenarios, shared until it would hold a third rider that R10 counts, so that
     * these scenarios never add up to an unplanned R10 finding.
     */
    private Station sharedStation(Platform p, boolean counts, SplittableRandom r) {
        int i = p.ordinal();
        if (shared[i] == null || (counts && sharedCounting[i] >= 2)) {
            shared[i] = station(p, r.nextBoolean() ? null : unregisteredUscc('1'));
            sharedCounting[i] = 0;
        }
        if (counts) {
            sharedCounting[i]++;
        }
        return shared[i];
    }

    private Rider ride(Person p, Station s, String political, String active) {
        Rider r = new Rider();
        r.person = p;
        r.station = s;
        r.riderId = s.platform.idPrefix + String.format("%09d", 100_000L + p.index);
        r.political = political;
        r.activeText = active;
        p.rides.add(r);
        plan.riders.add(r);
        return r;
    }

    // ---------------------------------------------------------------- organisations and markets

    private Org org(OrgType type, String name, SplittableRandom r) {
        if (nextOrg >= Layout.ORG_CODES_PER_BLOCK) {
            return null;
        }
        Org o = new Org();
        o.code = county + String.format("%06d", 1000 + layout.seqInCounty(b) * Layout.ORG_CODES_PER_BLOCK + nextOrg++);
        o.name = name;
        o.type = type;
        o.county = county;
        o.parent = r.nextDouble() < 0.8 ? Layout.committeeCode(county) : localOrg(r);
        o.established = r.nextDouble() < 0.1 ? null : asOf.minusDays(30 + r.nextInt(365 * 12));
        o.status = r.nextDouble() < 0.6 ? null : "正常";
        o.flowBranch = r.nextDouble() < 0.9 ? null : Boolean.FALSE;
        plan.orgs.add(o);
        return o;
    }

    /** The unit's own organisation, covering it by USCC. */
    private Org ownOrg(Entity e, OrgType type, SplittableRandom r) {
        return ownOrg(e, type, r, null);
    }

    /** The unit's own organisation, covering it by USCC, or by a name variant when {@code byName} is given. */
    private Org ownOrg(Entity e, OrgType type, SplittableRandom r, Variant byName) {
        String suffix = switch (type) {
            case COMMITTEE -> "委员会";
            case GENERAL_BRANCH -> "总支部委员会";
            default -> r.nextBoolean() ? "支部委员会" : "党支部";
        };
        Org o = org(type, "中共" + e.name.full() + suffix, r);
        if (o == null) {
            return null;
        }
        o.formation = r.nextDouble() < 0.3 ? null : r.nextDouble() < 0.05 ? Formation.ATTACHED : Formation.SINGLE;
        if (byName == null) {
            o.usccs.add(e.uscc);
            cover(e, o);
        } else {
            coverByName(o, e, byName, r, false);
        }
        ownOrgs.put(e, o);
        return o;
    }

    private Org jointOrg(List<Entity> units, String name, SplittableRandom r) {
        Org o = org(OrgType.JOINT_BRANCH, name, r);
        if (o == null) {
            return null;
        }
        o.formation = r.nextDouble() < 0.3 ? null : Formation.JOINT;
        for (Entity u : units) {
            o.usccs.add(u.uscc);
            cover(u, o);
        }
        return o;
    }

    private String jointName(Entity first, int count) {
        return "中共" + countyName + first.name.zihao + "等" + count + "家单位联合支部委员会";
    }

    private void cover(Entity e, Org o) {
        coverage.computeIfAbsent(e, x -> new ArrayList<>(1)).add(o);
    }

    /** Adds a unit to an organisation by a name variant; it counts as covered when the name should resolve. */
    private void coverByName(Org o, Entity e, Variant v, SplittableRandom r, boolean scenario) {
        String text = nameVariant(e, v, r);
        if (text == null) {
            v = Variant.EXACT;
            text = e.name.full();
        }
        o.names.add(text);
        cover(e, o);
        plan.natural.merge("CHECK_COVERED_NAME_RESOLVES", 1, Integer::sum);
        if (!scenario) {
            plan.natural.merge("COVNAME_" + v.name(), 1, Integer::sum);
        }
    }

    private Market market(String operatorUscc, String category) {
        int k = marketCount++;
        if (k >= Layout.MARKETS_PER_BLOCK) {
            throw new IllegalStateException("block " + b + " has too many markets");
        }
        Market m = new Market();
        m.id = "SC" + county + String.format("%03d", layout.seqInCounty(b) * Layout.MARKETS_PER_BLOCK + k + 1);
        long h = Mix.mix(key, b * 7L + k);
        m.name = countyShort + NamePools.NICE[(int) Math.floorMod(h, (long) NamePools.NICE.length)]
                + NamePools.NICE[(int) Math.floorMod(h >>> 20, (long) NamePools.NICE.length)] + category;
        m.operatorUscc = operatorUscc;
        m.category = category;
        m.county = county;
        m.officeCode = county + "0" + (1 + Math.floorMod(h >>> 40, 4L));
        plan.markets.add(m);
        return m;
    }

    private Market scenarioMarket(Entity operator, SplittableRandom r) {
        return market(operator == null ? unregisteredUscc('1') : operator.uscc,
                Trades.MARKET_CATEGORIES.get(r.nextInt(Trades.MARKET_CATEGORIES.size())));
    }

    private void ledgerStallCount(Market m) {
        int stalls = 0;
        for (Entity e : es) {
            if (m.id.equals(e.marketId)) {
                stalls++;
            }
        }
        SplittableRandom r = Mix.rng(seed, 0x57A11L, m.id.hashCode());
        m.stallCount = r.nextDouble() < 0.1 ? null : (int) Math.round(stalls * (0.8 + 0.4 * r.nextDouble()));
    }

    // ---------------------------------------------------------------- codes of organisations elsewhere

    private String localOrg(SplittableRandom r) {
        return Layout.communityCode(county, r.nextInt(Math.max(1, layout.communityCount(county))));
    }

    private String otherCityOrg(SplittableRandom r) {
        List<String> others = layout.otherCityCounties(county);
        if (others.isEmpty()) {
            return outsideOrg(r);
        }
        String c = others.get(r.nextInt(others.size()));
        return Layout.communityCode(c, r.nextInt(Math.max(1, layout.communityCount(c))));
    }

    private String sameCityOrg(SplittableRandom r) {
        List<String> same = layout.sameCityCounties(county);
        if (same.isEmpty()) {
            return localOrg(r);
        }
        String c = same.get(r.nextInt(same.size()));
        return Layout.communityCode(c, r.nextInt(Math.max(1, layout.communityCount(c))));
    }

    private static String outsideOrg(SplittableRandom r) {
        return Identities.OUTSIDE_COUNTIES.get(r.nextInt(Identities.OUTSIDE_COUNTIES.size()))
                + String.format("%06d", 1 + r.nextInt(999_999));
    }

    /** A valid USCC that is not registered. */
    private String unregisteredUscc(char typeDigit) {
        long serial = Identities.UNREGISTERED_SERIAL_BASE + (long) b * 64 + (unregistered++ % 64);
        return Identities.uscc(typeDigit, county, serial, key);
    }

    /** A company name nobody registered: uncommon characters no registered name uses in that combination. */
    private String unregisteredName(SplittableRandom r) {
        long idx = UNREGISTERED_NAME_BASE + (long) b * 64 + (unregisteredNames++ % 64);
        Trade t = Trades.INDUSTRIES.get(r.nextInt(Trades.INDUSTRIES.size()));
        String prefix = r.nextBoolean() ? "" : cityShort;
        return prefix + NamePools.rare4(idx, key) + t.word() + (r.nextBoolean() ? "有限公司" : "有限责任公司");
    }

    // ---------------------------------------------------------------- workplace variants

    private String nameVariant(Entity e, Variant v, SplittableRandom r) {
        EntityName n = e.name;
        return switch (v) {
            case EXACT, USCC, USCC_UNREG -> n.full();
            case PDROP -> n.prefix.isEmpty() ? null : n.body();
            case PADD -> n.prefix.isEmpty() ? addedPrefix(e, r) + n.body() : null;
            case LLC -> switch (n.form) {
                case "有限公司" -> n.prefix + n.body().substring(0, n.body().length() - 4) + "有限责任公司";
                case "有限责任公司" -> n.prefix + n.body().substring(0, n.body().length() - 6) + "有限公司";
                default -> null;
            };
            case FW -> n.bracket == null ? null : n.prefix + n.zihao + "(" + n.bracket + ")" + n.trade + n.form;
            case USCC_ABBR -> r.nextBoolean() ? n.zihao : n.zihao + (e.enterprise() ? "公司" : "");
            case TYPO_SUB, TYPO_INS, TYPO_DEL -> e.rare ? typo(e, v, r) : null;
        };
    }

    private String addedPrefix(Entity e, SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> countyName;
            case 1 -> countyShort;
            case 2 -> cityName;
            case 3 -> cityShort;
            case 4 -> layout.regions.province().name();
            default -> shortName(layout.regions.province().name());
        };
    }

    private static String typo(Entity e, Variant v, SplittableRandom r) {
        String core = e.name.zihao + e.name.trade;
        int pos;
        String out;
        switch (v) {
            case TYPO_SUB -> {
                pos = r.nextInt(core.length());
                char c;
                do {
                    c = NamePools.rareChar(r.nextLong());
                } while (c == core.charAt(pos));
                out = core.substring(0, pos) + c + core.substring(pos + 1);
            }
            case TYPO_INS -> {
                pos = 1 + r.nextInt(core.length() - 1);
                out = core.substring(0, pos) + NamePools.rareChar(r.nextLong()) + core.substring(pos);
            }
            default -> {
                pos = r.nextInt(core.length());
                out = core.substring(0, pos) + core.substring(pos + 1);
            }
        }
        return e.name.prefix + out + e.name.form;
    }

    private Workplace workplace(Entity e, Variant v, SplittableRandom r, String label) {
        String text = nameVariant(e, v, r);
        if (text == null) {
            v = Variant.EXACT;
            text = e.name.full();
        }
        String l = label != null ? label : "NAME_" + v.name();
        return switch (v) {
            case USCC -> new Workplace(r.nextDouble() < 0.4 ? null : text, e.uscc, e, l);
            case USCC_ABBR -> new Workplace(text, e.uscc, e, l);
            case USCC_UNREG -> new Workplace(text, unregisteredUscc(e.uscc.charAt(1)), e, l);
            default -> new Workplace(text, null, e, l);
        };
    }

    private static Workplace blankWorkplace() {
        return new Workplace(null, null, null, "NAME_BLANK");
    }

    private Workplace backgroundWorkplace(Entity e, SplittableRandom r) {
        double u = r.nextDouble();
        Variant v;
        if (e.rare && r.nextDouble() < 0.12) {
            v = Variant.values()[Variant.TYPO_SUB.ordinal() + r.nextInt(3)];
        } else if (u < 0.14) {
            v = Variant.USCC;
        } else if (u < 0.17) {
            v = Variant.USCC_ABBR;
        } else if (u < 0.175) {
            v = Variant.USCC_UNREG;
        } else if (u < 0.30) {
            v = e.name.prefix.isEmpty() ? Variant.PADD : Variant.PDROP;
        } else if (u < 0.34) {
            v = Variant.LLC;
        } else if (u < 0.36) {
            v = Variant.FW;
        } else {
            v = Variant.EXACT;
        }
        Workplace w = workplace(e, v, r, null);
        plan.natural.merge(w.label(), 1, Integer::sum);
        return w;
    }

    // ---------------------------------------------------------------- background population

    private void backgroundMarket() {
        if (freeSlots() < 12) {
            return;
        }
        SplittableRandom r = Mix.rng(seed, 0x3A3B, b);
        Entity op = claimOperator();
        Market m = market(op.uscc, Trades.MARKET_CATEGORIES.get(r.nextInt(Trades.MARKET_CATEGORIES.size())));
        int want = 15 + r.nextInt(36);
        List<Entity> stalls = new ArrayList<>();
        for (int slot = 0; slot < es.length && stalls.size() < want; slot++) {
            Entity e = es[slot];
            if (!taken[slot] && e != op && r.nextDouble() < 0.85) {
                e.marketId = m.id;
                stalls.add(e);
            }
        }
        boolean covered = r.nextDouble() < 0.4;
        Org o = null;
        if (covered) {
            o = org(OrgType.BRANCH, "中共" + m.name + "支部委员会", r);
            if (o != null) {
                o.formation = Formation.SECTOR;
                o.usccs.add(op.uscc);
                cover(op, o);
                for (int k = 0; k < Math.min(3, stalls.size()); k++) {
                    if (r.nextBoolean()) {
                        o.usccs.add(stalls.get(k).uscc);
                        cover(stalls.get(k), o);
                    }
                }
            }
        }
        plan.natural.merge(o != null ? "MARKET_COV" : "MARKET_UNCOV", 1, Integer::sum);
        if (r.nextDouble() < 0.3) {
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                Person p = extra(Identities.Pool.SETTLED);
                if (p != null) {
                    String orgCode = o != null ? o.code : localOrg(r);
                    enroll(p, orgCode, MemberType.FULL, backgroundWorkplace(op, r), r);
                }
            }
        }
    }

    private static double memberChance(Entity e) {
        return switch (e.type) {
            case INDIVIDUAL -> 0.012;
            case COOPERATIVE -> 0.04;
            default -> e.scale == null ? 0.024
                    : switch (e.scale) {
                        case MICRO -> 0.024;
                        case SMALL -> 0.05;
                        case MEDIUM -> 0.2;
                        case LARGE -> 0.36;
                    };
        };
    }

    private static int memberCount(Entity e, SplittableRandom r) {
        double u = r.nextDouble();
        if (e.type == EntityType.INDIVIDUAL) {
            return u < 0.8 ? 1 : u < 0.95 ? 2 : u < 0.99 ? 3 : 4;
        }
        if (e.type == EntityType.COOPERATIVE) {
            return 1 + r.nextInt(4);
        }
        if (e.scale == EntityScale.MEDIUM) {
            return 3 + r.nextInt(13);
        }
        if (e.scale == EntityScale.LARGE) {
            return 8 + r.nextInt(23);
        }
        if (e.scale == EntityScale.SMALL) {
            return u < 0.35 ? 1 : u < 0.6 ? 2 : u < 0.75 ? 3 : u < 0.95 ? 4 + r.nextInt(5) : 9 + r.nextInt(12);
        }
        return u < 0.5 ? 1 : u < 0.75 ? 2 : u < 0.87 ? 3 : u < 0.97 ? 4 + r.nextInt(3) : 7 + r.nextInt(4);
    }

    private void backgroundParty() {
        int n = es.length;
        int[] members = new int[n];
        int[] probationary = new int[n];
        boolean[] repIsMember = new boolean[n];
        SplittableRandom[] rs = new SplittableRandom[n];
        for (int slot = 0; slot < n; slot++) {
            if (taken[slot]) {
                continue;
            }
            Entity e = es[slot];
            SplittableRandom r = Mix.rng(seed, SALT_PARTY, e.index);
            rs[slot] = r;
            if (r.nextDouble() < memberChance(e)) {
                members[slot] = memberCount(e, r);
                for (int k = 0; k < members[slot]; k++) {
                    if (r.nextDouble() < 0.06) {
                        probationary[slot]++;
                    }
                }
                repIsMember[slot] = r.nextDouble() < 0.25;
            }
        }
        // own organisations for units with three or more full members, most of them
        for (int slot = 0; slot < n; slot++) {
            Entity e = es[slot];
            if (taken[slot] || members[slot] - probationary[slot] < 3 || !e.activeOn(asOf)) {
                continue;
            }
            SplittableRandom r = rs[slot];
            boolean big = e.scale == EntityScale.MEDIUM || e.scale == EntityScale.LARGE;
            if (r.nextDouble() < (big ? 0.85 : 0.7)) {
                OrgType type = members[slot] >= 20 ? OrgType.COMMITTEE
                        : members[slot] >= 7 && r.nextBoolean() ? OrgType.GENERAL_BRANCH : OrgType.BRANCH;
                Org o = ownOrg(e, type, r, r.nextDouble() < 0.15 ? pickCoveredNameVariant(e, r) : null);
                if (o != null) {
                    backgroundOrgDamage(o, r);
                    if (r.nextDouble() < 0.03) {
                        // the unit closed after its organisation was set up, and nobody revoked the organisation
                        e.status = r.nextBoolean() ? RegistrationStatus.CANCELLED : RegistrationStatus.REVOKED;
                        plan.natural.merge("ORG_UNIT_CLOSED", 1, Integer::sum);
                    }
                }
            }
        }
        // joint branches for small units of the block
        List<Entity> candidates = new ArrayList<>();
        for (int slot = 0; slot < n; slot++) {
            Entity e = es[slot];
            if (!taken[slot] && !coverage.containsKey(e) && members[slot] <= 2 && e.activeOn(asOf)
                    && e.smallBusiness()) {
                candidates.add(e);
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (rng.nextDouble() >= 0.006) {
                continue;
            }
            double u = rng.nextDouble();
            int g = u < 0.25 ? 2 : u < 0.55 ? 3 : u < 0.8 ? 4 : u < 0.95 ? 5 : u < 0.985 ? 6 : 7;
            List<Entity> units = new ArrayList<>(candidates.subList(i, Math.min(candidates.size(), i + g)));
            if (units.size() < 2) {
                break;
            }
            Org o = org(OrgType.JOINT_BRANCH, jointName(units.get(0), units.size()), rng);
            if (o == null) {
                break;
            }
            o.formation = rng.nextDouble() < 0.3 ? null : Formation.JOINT;
            for (Entity u2 : units) {
                if (rng.nextDouble() < 0.2) {
                    coverByName(o, u2, pickCoveredNameVariant(u2, rng), rng, false);
                } else {
                    o.usccs.add(u2.uscc);
                    cover(u2, o);
                }
            }
            backgroundOrgDamage(o, rng);
            if (units.size() > 5) {
                plan.natural.merge("ORG_JOINT_OVER_5", 1, Integer::sum);
            }
            i += units.size() - 1;
        }
        // the members themselves
        for (int slot = 0; slot < n; slot++) {
            if (taken[slot] || members[slot] == 0) {
                continue;
            }
            Entity e = es[slot];
            SplittableRandom r = rs[slot];
            List<Org> orgs = coverage.get(e);
            Org home = orgs == null ? null : orgs.get(0);
            for (int k = 0; k < members[slot]; k++) {
                boolean rep = k == 0 && repIsMember[slot];
                Person p = rep ? e.rep : extra(Identities.Pool.SETTLED);
                if (p == null || p.member != null) {
                    continue;
                }
                MemberType type = k < probationary[slot] && !rep ? MemberType.PROBATIONARY : MemberType.FULL;
                Workplace w;
                if (rep && r.nextDouble() < 0.3) {
                    w = blankWorkplace();
                    plan.natural.merge(w.label(), 1, Integer::sum);
                } else {
                    w = backgroundWorkplace(e, r);
                }
                double u = r.nextDouble();
                String orgCode;
                String where;
                if (home != null) {
                    where = u < 0.92 ? "HOME" : u < 0.95 ? "LOCAL" : u < 0.975 ? "OTHER_CITY" : "OUTSIDE";
                } else {
                    where = u < 0.80 ? "LOCAL" : u < 0.87 ? "SAME_CITY" : u < 0.935 ? "OTHER_CITY" : "OUTSIDE";
                }
                orgCode = switch (where) {
                    case "HOME" -> home.code;
                    case "LOCAL" -> localOrg(r);
                    case "SAME_CITY" -> sameCityOrg(r);
                    case "OTHER_CITY" -> otherCityOrg(r);
                    default -> outsideOrg(r);
                };
                Member m = enroll(p, orgCode, type, w, r);
                boolean away = where.equals("OTHER_CITY") || where.equals("OUTSIDE");
                if (away && r.nextDouble() < 0.3) {
                    m.flowing = Boolean.TRUE;
                    m.flowRegion = county;
                } else if (away && w.resolvesTo() != null && e.activeOn(asOf) && e.smallBusiness()) {
                    plan.natural.merge(where.equals("OUTSIDE") ? "NATURAL_RNT_OUTSIDE" : "NATURAL_RNT_OTHER_CITY", 1,
                            Integer::sum);
                }
            }
        }
    }

    private Variant pickCoveredNameVariant(Entity e, SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.5) {
            return Variant.EXACT;
        }
        if (u < 0.75) {
            return e.name.prefix.isEmpty() ? Variant.PADD : Variant.PDROP;
        }
        if (u < 0.9) {
            return Variant.LLC;
        }
        return Variant.TYPO_SUB;
    }

    /** A few organisations are revoked or founded after the data's date. */
    private void backgroundOrgDamage(Org o, SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.02) {
            o.status = "撤销";
            plan.natural.merge("ORG_REVOKED", 1, Integer::sum);
        } else if (u < 0.025) {
            o.established = asOf.plusDays(5 + r.nextInt(90));
            plan.natural.merge("ORG_FUTURE", 1, Integer::sum);
        }
    }

    private void backgroundStation(Platform p) {
        SplittableRandom r = Mix.rng(seed, 0x57A7L + p.ordinal(), b);
        Entity operator = null;
        for (int tries = 0; tries < 20 && operator == null; tries++) {
            int slot = r.nextInt(es.length);
            if (!taken[slot] && es[slot].enterprise() && es[slot].activeOn(asOf)) {
                operator = es[slot];
            }
        }
        double u = r.nextDouble();
        String op;
        if (u < 0.75 && operator != null) {
            op = operator.uscc;
        } else if (u < 0.87) {
            op = null;
            operator = null;
            plan.natural.merge("STATION_BLANK_OPERATOR", 1, Integer::sum);
        } else {
            op = unregisteredUscc('1');
            operator = null;
            plan.natural.merge("STATION_UNREG_OPERATOR", 1, Integer::sum);
        }
        Station s = station(p, op);
        backgroundStations.add(s);
        int riders = 8 + r.nextInt(29);
        for (int k = 0; k < riders; k++) {
            Person person;
            if (r.nextDouble() < 0.005) {
                person = legalRepForRider(r);
                if (person != null) {
                    plan.natural.merge("RIDER_IS_LEGAL_REP", 1, Integer::sum);
                }
            } else {
                person = null;
            }
            if (person == null) {
                person = extra(Identities.Pool.RIDER);
            }
            if (person == null) {
                return;
            }
            String active = pickActive(r);
            double v = r.nextDouble();
            String political;
            if (v < 0.04 && person.member == null) {
                // a member of the roster
                Workplace w;
                double wu = r.nextDouble();
                if (wu < 0.4) {
                    w = new Workplace(p.workplaceNames.get(r.nextInt(p.workplaceNames.size())), null, null,
                            "NAME_PLATFORM");
                } else if (wu < 0.65 && operator != null) {
                    w = workplace(operator, Variant.EXACT, r, null);
                } else {
                    w = blankWorkplace();
                }
                plan.natural.merge(w.label(), 1, Integer::sum);
                double ou = r.nextDouble();
                String orgCode = ou < 0.8 ? localOrg(r) : ou < 0.92 ? otherCityOrg(r) : outsideOrg(r);
                enroll(person, orgCode, r.nextDouble() < 0.06 ? MemberType.PROBATIONARY : MemberType.FULL, w, r);
                political = r.nextDouble() < 0.85 ? PoliticalStatus.FULL_MEMBER : "群众";
            } else if (v < 0.055) {
                political = PoliticalStatus.FULL_MEMBER;
            } else if (v < 0.057) {
                political = PoliticalStatus.PROBATIONARY_MEMBER;
            } else if (v < 0.06) {
                political = OTHER_PARTIES[r.nextInt(OTHER_PARTIES.length)];
            } else if (v < 0.16) {
                political = "共青团员";
            } else {
                political = "群众";
            }
            ride(person, s, political, active);
        }
    }

    /** The legal representative of an individual business of the block, riding on the side. */
    private Person legalRepForRider(SplittableRandom r) {
        for (int tries = 0; tries < 10; tries++) {
            int slot = r.nextInt(es.length);
            Entity e = es[slot];
            if (!taken[slot] && e.type == EntityType.INDIVIDUAL && e.rep.rides.isEmpty() && e.rep.member == null) {
                return e.rep;
            }
        }
        return null;
    }

    private static String pickActive(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.6 ? "在岗" : u < 0.88 ? "" : "离职";
    }

    /** Some riders of one platform's station in the block also ride for another platform's station. */
    private void backgroundTwoPlatforms() {
        if (backgroundStations.size() < 2) {
            return;
        }
        List<Rider> snapshot = new ArrayList<>(plan.riders);
        for (Rider rider : snapshot) {
            if (!backgroundStations.contains(rider.station) || rider.person.rides.size() > 1
                    || rng.nextDouble() >= 0.04) {
                continue;
            }
            for (Station s : backgroundStations) {
                if (s.platform != rider.station.platform) {
                    ride(rider.person, s, rider.political, pickActive(rng));
                    plan.natural.merge("RIDER_TWO_PLATFORMS", 1, Integer::sum);
                    break;
                }
            }
        }
    }

    private void backgroundExtras() {
        SplittableRandom r = Mix.rng(seed, 0xE7E7L, b);
        for (int slot = 0; slot < es.length; slot++) {
            double u = r.nextDouble();
            if (u < 0.003) {
                Person p = extra(Identities.Pool.SETTLED);
                if (p != null) {
                    plan.natural.merge("NAME_BLANK", 1, Integer::sum);
                    enroll(p, r.nextDouble() < 0.8 ? localOrg(r) : outsideOrg(r), MemberType.FULL, blankWorkplace(), r);
                }
            } else if (u < 0.005) {
                Entity e = es[slot];
                if (!taken[slot] && e.activeOn(asOf)) {
                    Person p = extra(Identities.Pool.SETTLED);
                    if (p != null) {
                        Member m = enroll(p, r.nextDouble() < 0.7 ? outsideOrg(r) : otherCityOrg(r), MemberType.FULL,
                                backgroundWorkplace(e, r), r);
                        m.flowing = Boolean.TRUE;
                        m.flowRegion = county;
                        plan.natural.merge("FLOWING_MEMBER", 1, Integer::sum);
                    }
                }
            } else if (u < 0.006) {
                Person p = extra(Identities.Pool.SETTLED);
                if (p != null) {
                    plan.natural.merge("NAME_UNREGISTERED", 1, Integer::sum);
                    enroll(p, localOrg(r), MemberType.FULL, new Workplace(unregisteredName(r), null, null,
                            "NAME_UNREGISTERED"), r);
                }
            } else if (u < 0.0065) {
                Person p = extra(Identities.Pool.SETTLED);
                if (p != null) {
                    Platform pf = Platform.values()[r.nextInt(3)];
                    plan.natural.merge("NAME_PLATFORM", 1, Integer::sum);
                    enroll(p, localOrg(r), MemberType.FULL, new Workplace(
                            pf.workplaceNames.get(r.nextInt(pf.workplaceNames.size())), null, null, "NAME_PLATFORM"), r);
                }
            }
        }
    }

    // ---------------------------------------------------------------- annual reports

    private void finish(Entity e) {
        SplittableRandom r = Mix.rng(seed, SALT_REPORT, e.index);
        int p = e.resolving;
        int pf = e.resolvingFull;
        Member repMember = e.rep.member;
        boolean repInRoster = repMember != null;
        if (repInRoster && repMember.resolvesTo != e) {
            p++;
            if (repMember.type == MemberType.FULL) {
                pf++;
            }
        }
        List<Org> orgs = coverage.get(e);
        boolean covered = false;
        Org active = null;
        if (orgs != null) {
            for (Org o : orgs) {
                if (o.activeOn(asOf)) {
                    covered = true;
                    active = active == null ? o : active;
                }
            }
        }
        if (!e.claimed && p > 0 && !e.activeOn(asOf)) {
            plan.natural.merge(e.established.isAfter(asOf) ? "FUTURE_ESTABLISHED" : "INACTIVE_WITH_MEMBERS", 1,
                    Integer::sum);
        }
        List<Integer> years = reportYears(e, r);
        if (years.isEmpty()) {
            return;
        }
        int count;
        ReportedOrgForm form;
        Boolean repSays;
        Boolean secretary;
        if (e.claimed) {
            count = e.aOverride != null ? e.aOverride : p;
            form = e.formOverride != null ? e.formOverride : covered ? formOf(active) : ReportedOrgForm.NONE;
            repSays = e.repMemberOverride != null ? e.repMemberOverride : repInRoster;
            secretary = Boolean.FALSE;
        } else {
            double u = r.nextDouble();
            if (p > 0) {
                count = u < 0.85 ? p : Math.max(0, p + (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(2)));
            } else if (u < 0.985) {
                count = 0;
            } else {
                count = 1 + r.nextInt(3);
                plan.natural.merge("NATURAL_A_WITHOUT_ROSTER", 1, Integer::sum);
            }
            double f = r.nextDouble();
            if (covered && ownOrgs.get(e) == active) {
                form = f < 0.88 ? formOf(active) : ReportedOrgForm.NONE;
            } else if (covered) {
                form = f < 0.75 ? ReportedOrgForm.BRANCH : ReportedOrgForm.NONE;
            } else {
                form = f < 0.012 ? ReportedOrgForm.BRANCH : ReportedOrgForm.NONE;
            }
            double m = r.nextDouble();
            if (m < 0.05) {
                repSays = null;
            } else if (repInRoster) {
                repSays = m < 0.92;
            } else {
                repSays = m > 0.997;
            }
            double s = r.nextDouble();
            secretary = s < 0.08 ? null : Boolean.TRUE.equals(repSays) && ownOrgs.get(e) == active && active != null
                    && s < 0.55;
        }
        List<Report> reports = new ArrayList<>(years.size());
        int latest = years.get(years.size() - 1);
        for (int y : years) {
            Report rep = new Report();
            rep.year = y;
            rep.count = y == latest || r.nextDouble() < 0.8 ? count : Math.max(0, count - 1);
            rep.form = form;
            rep.repMember = repSays;
            rep.repSecretary = secretary;
            rep.filed = e.claimed || r.nextDouble() >= 0.08 ? filedDate(y, r, e.claimed) : null;
            if (rep.filed != null && rep.filed.isAfter(asOf)) {
                rep.filed = asOf;
            }
            reports.add(rep);
        }
        e.reports = reports;
    }

    private static ReportedOrgForm formOf(Org o) {
        return switch (o.type) {
            case COMMITTEE -> ReportedOrgForm.COMMITTEE;
            case GENERAL_BRANCH -> ReportedOrgForm.GENERAL_BRANCH;
            default -> ReportedOrgForm.BRANCH;
        };
    }

    private static LocalDate filedDate(int year, SplittableRandom r, boolean onTime) {
        int day = onTime || r.nextDouble() < 0.95 ? r.nextInt(181) : 181 + r.nextInt(150);
        return LocalDate.of(year + 1, 1, 1).plusDays(day);
    }

    /** The report years present in the extract, in ascending order. */
    private List<Integer> reportYears(Entity e, SplittableRandom r) {
        List<Integer> years = new ArrayList<>(3);
        if (e.yearsOverride != null) {
            for (int y : e.yearsOverride) {
                years.add(y);
            }
            return years;
        }
        if (e.established.isAfter(asOf)) {
            return years;
        }
        int year = asOf.getYear();
        int required = layout.requiredYear;
        int founded = e.established.getYear();
        boolean diligent = e.claimed || r.nextDouble() < (e.status == RegistrationStatus.ACTIVE ? 0.87 : 0.4);
        for (int y = year - 3; y <= year - 1; y++) {
            if (founded > y) {
                continue;
            }
            boolean filed = e.claimed || r.nextDouble() < (diligent ? 0.965 : 0.35);
            if (!filed) {
                continue;
            }
            LocalDate when = filedDate(y, r, e.claimed);
            if (when.isAfter(asOf)) {
                continue;
            }
            if (y >= required || r.nextDouble() < 0.4) {
                years.add(y);
            }
        }
        if (layout.missingReports != null && !e.claimed && e.status == RegistrationStatus.ACTIVE && founded <= required
                && required < year) {
            // The knob decides the required year alone; the other years keep their natural pattern.
            years.remove(Integer.valueOf(required));
            if (r.nextDouble() >= layout.missingReports) {
                years.add(required);
                years.sort(null);
            }
        }
        return years;
    }

    // ---------------------------------------------------------------- scenarios

    private Platform platformOf(int copy) {
        return Platform.values()[copy % 3];
    }

    private Person scenarioPerson(Identities.Pool pool) {
        Person p = extra(pool);
        if (p == null) {
            throw new IllegalStateException("block " + b + " has no free person number");
        }
        return p;
    }

    private Member member(Person p, String org, Workplace w, SplittableRandom r) {
        return enroll(p, org, MemberType.FULL, w, r);
    }

    private void apply(Scenario s, int copy, SplittableRandom r) {
        switch (s) {
            case R02_ROSTER -> {
                Entity e = copy % 2 == 0 ? claimIndividual() : claimMicro();
                for (int k = 0; k < 3; k++) {
                    member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                }
                expectEntity(s, "R02", e, true, "ROSTER");
            }
            case R02_ANNUAL_REPORT -> {
                Entity e = claimMicro();
                member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                e.aOverride = 4;
                expectEntity(s, "R02", e, true, "ANNUAL_REPORT");
            }
            case R02_LEGALREP_COUNTS -> {
                Entity e = claimIndividual();
                for (int k = 0; k < 2; k++) {
                    member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                }
                member(e.rep, localOrg(r), blankWorkplace(), r);
                expectEntity(s, "R02", e, true, "ROSTER");
            }
            case R03_PREP_HEAVY -> {
                Entity e = claimMicro();
                member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                for (int k = 0; k < 3; k++) {
                    enroll(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), MemberType.PROBATIONARY,
                            workplace(e, Variant.EXACT, r, s.name()), r);
                }
                e.aOverride = 2;
                expectEntity(s, "R02", e, false, null);
                expectEntity(s, "R03", e, true, "D=4");
            }
            case R03_M_PAIR, R03_M_PACK7, R03_M_PACK2_LEFT -> {
                Entity op = claimOperator();
                Market m = scenarioMarket(op, r);
                coveredOperator(op, m, r);
                int[] d = s == Scenario.R03_M_PAIR ? new int[] {1, 2} : s == Scenario.R03_M_PACK7 ? new int[] {1, 1, 1, 1, 1, 1, 1}
                        : new int[] {1, 1};
                for (int k = 0; k < d.length; k++) {
                    Entity e = claimIndividual();
                    e.marketId = m.id;
                    for (int j = 0; j < d[k]; j++) {
                        member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                    }
                    expectEntity(s, "R03", e, true, "market " + m.id + " D=" + d[k]);
                }
                expect(s, "R01", "MARKET", m.id, false, null);
            }
            case R03_BLANK_SECTION -> {
                for (int k = 0; k < 3; k++) {
                    Entity e = claimIndividual();
                    e.industry = null;
                    member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                    expectEntity(s, "R03", e, true, "blank industry");
                }
            }
            case R03_AREA_LEFTOVER -> {
                Entity e = claimMicro();
                shape(e, EntityType.ENTERPRISE, EntityScale.MICRO, false, Trades.LONELY, r);
                e.industry = Trades.LONELY.code();
                member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                expectEntity(s, "R03", e, true, "section R");
            }
            case R07_NO_ORG -> {
                Entity e = claimIndividual();
                member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                e.formOverride = ReportedOrgForm.BRANCH;
                expectEntity(s, "R07", e, true, null);
            }
            case R07_REVOKED, R07_FUTURE_ORG, R08 -> {
                Entity e = claimMicro();
                Org o = ownOrg(e, OrgType.BRANCH, r);
                o.status = s == Scenario.R07_REVOKED ? "撤销" : "正常";
                o.established = s == Scenario.R07_FUTURE_ORG ? asOf.plusDays(10 + r.nextInt(60))
                        : asOf.minusDays(400 + r.nextInt(2000));
                for (int k = 0; k < 3; k++) {
                    member(scenarioPerson(Identities.Pool.SETTLED), s == Scenario.R08 ? o.code : localOrg(r),
                            workplace(e, Variant.EXACT, r, s.name()), r);
                }
                e.formOverride = s == Scenario.R08 ? ReportedOrgForm.NONE : ReportedOrgForm.BRANCH;
                expectEntity(s, s == Scenario.R08 ? "R08" : "R07", e, true, null);
            }
            case R13_EST_DEC31 -> {
                Entity e = claimIndividual();
                e.established = LocalDate.of(layout.requiredYear, 12, 31);
                e.yearsOverride = new int[0];
                expectEntity(s, "R13", e, true, Integer.toString(layout.requiredYear));
            }
            case R13_NO_JAN1 -> {
                Entity e = claimIndividual();
                e.established = LocalDate.of(layout.requiredYear + 1, 1, 1);
                e.yearsOverride = new int[0];
                expectEntity(s, "R13", e, false, null);
            }
            case R13_JULY_BOUNDARY -> {
                Entity e = claimIndividual();
                int y = asOf.getYear() - 2;
                e.established = LocalDate.of(y - 1 - r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28));
                e.yearsOverride = new int[] {y};
                expectEntity(s, "R13", e, layout.requiredYear > y, "report " + y + " only");
            }
            case FUTURE_ESTABLISHED, INACTIVE_WITH_MEMBERS -> {
                Entity e = claimIndividual();
                if (s == Scenario.FUTURE_ESTABLISHED) {
                    e.established = asOf.plusDays(1 + r.nextInt(120));
                } else {
                    e.status = r.nextBoolean() ? RegistrationStatus.REVOKED : RegistrationStatus.CANCELLED;
                }
                for (int k = 0; k < 2; k++) {
                    member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                }
                expectEntity(s, "R03", e, false, "not active");
            }
            case MEDIUM_NOT_INSCOPE -> {
                Entity e = claim(EntityType.ENTERPRISE, EntityScale.MEDIUM);
                for (int k = 0; k < 4; k++) {
                    member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                }
                expectEntity(s, "R02", e, false, "not in scope");
            }
            case MEDIUM_IN_MARKET, COOP_IN_MARKET -> {
                Entity op = claimOperator();
                Market m = scenarioMarket(op, r);
                coveredOperator(op, m, r);
                Entity e = s == Scenario.MEDIUM_IN_MARKET ? claim(EntityType.ENTERPRISE, EntityScale.MEDIUM)
                        : claim(EntityType.COOPERATIVE, null);
                e.marketId = m.id;
                int n = s == Scenario.MEDIUM_IN_MARKET ? 2 : 1;
                for (int k = 0; k < n; k++) {
                    member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                }
                expectEntity(s, "R03", e, true, "in market " + m.id);
            }
            case DANGLING_MARKET_REF -> {
                Entity e = claimIndividual();
                e.marketId = "SC" + county + "D" + String.format("%02d", copy + 1);
                expectEntity(s, "DANGLING_MARKET", e, true, e.marketId);
            }
            case MARKET_COV -> {
                Entity op = claimOperator();
                Market m = scenarioMarket(op, r);
                Org o = coveredOperator(op, m, r);
                for (int k = 0; k < 3; k++) {
                    Entity e = claimIndividual();
                    e.marketId = m.id;
                    if (k < 2 && o != null) {
                        o.usccs.add(e.uscc);
                        cover(e, o);
                    }
                }
                expect(s, "R01", "MARKET", m.id, false, null);
            }
            case MARKET_UNCOV, MARKET_INACTIVE, MARKET_UNREG, R01_OPERATOR_HAS_MEMBERS -> {
                Entity op = s == Scenario.MARKET_UNREG ? null : claimOperator();
                if (s == Scenario.MARKET_INACTIVE) {
                    op.status = RegistrationStatus.REVOKED;
                }
                Market m = scenarioMarket(op, r);
                int stalls = s == Scenario.MARKET_UNCOV || s == Scenario.MARKET_INACTIVE ? 3 : 2;
                for (int k = 0; k < stalls; k++) {
                    Entity e = claimIndividual();
                    e.marketId = m.id;
                    if (k == 0 && (s == Scenario.MARKET_UNCOV || s == Scenario.MARKET_UNREG)) {
                        member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                    }
                }
                if (s == Scenario.R01_OPERATOR_HAS_MEMBERS) {
                    for (int k = 0; k < 2; k++) {
                        member(scenarioPerson(Identities.Pool.SETTLED), localOrg(r), workplace(op, Variant.EXACT, r, s.name()), r);
                    }
                }
                boolean fires = s != Scenario.MARKET_INACTIVE;
                expect(s, "R01", "MARKET", m.id, fires, fires ? "metric " + (s == Scenario.MARKET_INACTIVE ? 0
                        : s == Scenario.R01_OPERATOR_HAS_MEMBERS ? 2 : 1) : null);
            }
            case R04_NIR_RIDER, R04_NIR_RIDER_PROB, R04_NO_INACTIVE_RIDER -> {
                Person p = scenarioPerson(Identities.Pool.RIDER);
                boolean active = s != Scenario.R04_NO_INACTIVE_RIDER;
                String political = s == Scenario.R04_NIR_RIDER_PROB ? PoliticalStatus.PROBATIONARY_MEMBER
                        : PoliticalStatus.FULL_MEMBER;
                boolean counts = active && political.equals(PoliticalStatus.FULL_MEMBER);
                ride(p, sharedStation(platformOf(copy), counts, r), political, active ? pickOnDuty(r) : "离职");
                expectPerson(s, "R04", p, active, active ? "NOT_IN_ROSTER" : null);
            }
            case R04_NIR_LEGALREP, R04_NO_NOT_INSCOPE -> {
                Entity e = s == Scenario.R04_NIR_LEGALREP ? claimIndividual()
                        : claim(EntityType.ENTERPRISE, EntityScale.MEDIUM);
                e.repMemberOverride = Boolean.TRUE;
                expectPerson(s, "R04", e.rep, s == Scenario.R04_NIR_LEGALREP,
                        s == Scenario.R04_NIR_LEGALREP ? "NOT_IN_ROSTER" : null);
            }
            case R04_NIR_MULTI_LEGALREP -> {
                Entity e1 = claimIndividual();
                Entity e2 = claimMicro();
                e2.rep = e1.rep;
                e1.repMemberOverride = Boolean.TRUE;
                e2.repMemberOverride = Boolean.TRUE;
                expectPerson(s, "R04", e1.rep, true, "NOT_IN_ROSTER metric 2");
            }
            case R04_NIR_BOTH -> {
                Entity e = claimIndividual();
                e.repMemberOverride = Boolean.TRUE;
                ride(e.rep, sharedStation(platformOf(copy), true, r), PoliticalStatus.FULL_MEMBER, pickOnDuty(r));
                expectPerson(s, "R04", e.rep, true, "NOT_IN_ROSTER metric 2");
            }
            case R04_RNT_OTHER_CITY, R04_RNT_OUTSIDE, R04_NO_FLOWING, R04_NO_SAME_CITY -> {
                Entity e = claimIndividual();
                String org = switch (s) {
                    case R04_RNT_OTHER_CITY -> otherCityOrg(r);
                    case R04_NO_SAME_CITY -> sameCityOrg(r);
                    default -> outsideOrg(r);
                };
                Person p = scenarioPerson(Identities.Pool.SETTLED);
                Member m = member(p, org, workplace(e, Variant.EXACT, r, s.name()), r);
                if (s == Scenario.R04_NO_FLOWING) {
                    m.flowing = Boolean.TRUE;
                    m.flowRegion = county;
                } else {
                    m.flowing = Boolean.FALSE;
                }
                boolean fires = s == Scenario.R04_RNT_OTHER_CITY || s == Scenario.R04_RNT_OUTSIDE;
                expectPerson(s, "R04", p, fires, fires ? "RELATION_NOT_TRANSFERRED" : null);
            }
            case R04_RNT_VIA_RIDER, R05_AND_R04_RNT -> {
                Person p = scenarioPerson(Identities.Pool.RIDER);
                Member m = member(p, otherCityOrg(r), blankWorkplace(), r);
                m.flowing = Boolean.FALSE;
                boolean counts = true;
                String political = s == Scenario.R04_RNT_VIA_RIDER ? PoliticalStatus.FULL_MEMBER : "群众";
                ride(p, sharedStation(platformOf(copy), counts, r), political, pickOnDuty(r));
                expectPerson(s, "R04", p, true, "RELATION_NOT_TRANSFERRED");
                if (s == Scenario.R05_AND_R04_RNT) {
                    expectPerson(s, "R05", p, true, "RIDER");
                }
            }
            case R04_NO_NOT_WORKING, R12_NO_BLANK -> {
                Person p = scenarioPerson(Identities.Pool.SETTLED);
                Member m = member(p, s == Scenario.R04_NO_NOT_WORKING ? outsideOrg(r) : localOrg(r), blankWorkplace(), r);
                m.flowing = Boolean.FALSE;
                expectPerson(s, s == Scenario.R04_NO_NOT_WORKING ? "R04" : "R12", p, false, null);
            }
            case R05_RIDER, R05_NO_INACTIVE, R05_OTHER_PARTY -> {
                Person p = scenarioPerson(Identities.Pool.RIDER);
                member(p, localOrg(r), blankWorkplace(), r);
                boolean active = s != Scenario.R05_NO_INACTIVE;
                String political = s == Scenario.R05_OTHER_PARTY ? OTHER_PARTIES[r.nextInt(OTHER_PARTIES.length)] : "群众";
                ride(p, sharedStation(platformOf(copy), active, r), political, active ? pickOnDuty(r) : "离职");
                expectPerson(s, "R05", p, active, active ? "RIDER" : null);
            }
            case R05_LEGAL_REP, R05_BOTH -> {
                Entity e = claimIndividual();
                member(e.rep, localOrg(r), workplace(e, Variant.EXACT, r, s.name()), r);
                e.repMemberOverride = Boolean.FALSE;
                if (s == Scenario.R05_BOTH) {
                    ride(e.rep, sharedStation(platformOf(copy), true, r), "群众", pickOnDuty(r));
                }
                expectPerson(s, "R05", e.rep, true, s == Scenario.R05_BOTH ? "RIDER+LEGAL_REP" : "LEGAL_REP");
            }
            case RIDER_TWO_PLATFORMS -> {
                Person p = scenarioPerson(Identities.Pool.RIDER);
                ride(p, sharedStation(platformOf(copy), false, r), "群众", pickOnDuty(r));
                ride(p, sharedStation(platformOf(copy + 1), false, r), "群众", pickOnDuty(r));
                expectPerson(s, "R04", p, false, "rides for two platforms");
            }
            case ORG_R09_SINGLE -> {
                Entity e = claimMicro();
                e.status = RegistrationStatus.CANCELLED;
                Org o = ownOrg(e, OrgType.BRANCH, r);
                o.status = "正常";
                o.established = asOf.minusDays(1000 + r.nextInt(1000));
                expect(s, "R09", "ORG", o.code, true, "metric 1");
            }
            case ORG_R09_JOINT, ORG_R09_NO_MIXED, ORG_R11, ORG_JOINT_FIVE, ORG_R12_COVERED_NAME -> {
                int n = switch (s) {
                    case ORG_R11 -> 6 + copy % 2;
                    case ORG_JOINT_FIVE -> 5;
                    case ORG_R12_COVERED_NAME -> 2;
                    default -> 3;
                };
                List<Entity> units = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    Entity e = claimIndividual();
                    if (s == Scenario.ORG_R09_JOINT || (s == Scenario.ORG_R09_NO_MIXED && k < 2)) {
                        e.status = k % 2 == 0 ? RegistrationStatus.CANCELLED : RegistrationStatus.REVOKED;
                    }
                    units.add(e);
                }
                Org o = org(OrgType.JOINT_BRANCH, jointName(units.get(0), n), r);
                o.formation = Formation.JOINT;
                o.status = "正常";
                o.established = asOf.minusDays(400 + r.nextInt(1500));
                for (int k = 0; k < units.size(); k++) {
                    Entity e = units.get(k);
                    if ((s == Scenario.ORG_R11 || s == Scenario.ORG_JOINT_FIVE) && k == 1) {
                        coverByName(o, e, Variant.EXACT, r, true);
                    } else {
                        o.usccs.add(e.uscc);
                        cover(e, o);
                    }
                }
                if (s == Scenario.ORG_R12_COVERED_NAME) {
                    o.names.add(unregisteredName(r));
                }
                switch (s) {
                    case ORG_R09_JOINT -> expect(s, "R09", "ORG", o.code, true, "metric 3");
                    case ORG_R09_NO_MIXED -> expect(s, "R09", "ORG", o.code, false, null);
                    case ORG_R11 -> expect(s, "R11", "ORG", o.code, true, "metric " + n);
                    case ORG_JOINT_FIVE -> expect(s, "R11", "ORG", o.code, false, null);
                    default -> expect(s, "R12", "ORG", o.code, true, "COVERED_NAME");
                }
            }
            case COVNAME_EXACT, COVNAME_LLC, COVNAME_PADD, COVNAME_PDROP, COVNAME_TYPO_SUB -> {
                Entity e = s == Scenario.COVNAME_TYPO_SUB ? claimRare(null) : claimMicro();
                Variant v = Variant.valueOf(s.name().substring("COVNAME_".length()));
                if (v == Variant.PADD) {
                    e.name.prefix = "";
                } else if (v == Variant.PDROP && e.name.prefix.isEmpty()) {
                    e.name.prefix = cityShort;
                    e.name.bracket = null;
                }
                Org o = org(OrgType.BRANCH, "中共" + e.name.full() + "支部委员会", r);
                o.status = "正常";
                o.formation = Formation.SINGLE;
                coverByName(o, e, v, r, true);
                expectEntity(s, "COVERED", e, true, o.code);
            }
            case R10_STATION, R10_FOUR, R10_BLANK_OPERATOR, R10_UNREG_OPERATOR, R10_NO_COVERED, R10_NO_PROBATIONARY -> {
                String op;
                if (s == Scenario.R10_BLANK_OPERATOR) {
                    op = null;
                } else if (s == Scenario.R10_UNREG_OPERATOR) {
                    op = unregisteredUscc('1');
                } else {
                    Entity e = claimMicro();
                    shape(e, EntityType.ENTERPRISE, EntityScale.SMALL, false, Trades.STATION_OPERATOR, r);
                    if (s == Scenario.R10_NO_COVERED) {
                        Org o = ownOrg(e, OrgType.BRANCH, r);
                        o.status = "正常";
                        o.established = asOf.minusDays(500);
                        for (int k = 0; k < 3; k++) {
                            member(scenarioPerson(Identities.Pool.SETTLED), o.code, workplace(e, Variant.EXACT, r, s.name()), r);
                        }
                    }
                    op = e.uscc;
                }
                Station st = station(platformOf(copy), op);
                int roster = s == Scenario.R10_FOUR ? 2 : 3;
                for (int k = 0; k < roster; k++) {
                    Person p = scenarioPerson(Identities.Pool.RIDER);
                    MemberType type = s == Scenario.R10_NO_PROBATIONARY && k == 2 ? MemberType.PROBATIONARY
                            : MemberType.FULL;
                    enroll(p, localOrg(r), type, blankWorkplace(), r);
                    ride(p, st, PoliticalStatus.FULL_MEMBER, pickOnDuty(r));
                }
                if (s == Scenario.R10_FOUR) {
                    for (int k = 0; k < 2; k++) {
                        ride(scenarioPerson(Identities.Pool.RIDER), st, PoliticalStatus.FULL_MEMBER, pickOnDuty(r));
                    }
                }
                if (s == Scenario.R10_STATION) {
                    for (int k = 0; k < 2; k++) {
                        ride(scenarioPerson(Identities.Pool.RIDER), st, "群众", pickOnDuty(r));
                    }
                }
                boolean fires = s != Scenario.R10_NO_COVERED && s != Scenario.R10_NO_PROBATIONARY;
                expect(s, "R10", "STATION", stationKey(st), fires, fires ? "metric " + (s == Scenario.R10_FOUR ? 4 : 3)
                        : null);
            }
            case PLANT_NAME_EXACT, PLANT_NAME_PADD, PLANT_NAME_PDROP, PLANT_NAME_LLC, PLANT_NAME_FW, PLANT_NAME_TYPO_SUB,
                    PLANT_NAME_TYPO_INS, PLANT_NAME_TYPO_DEL, PLANT_NAME_USCC, PLANT_NAME_USCC_ABBR,
                    PLANT_NAME_USCC_UNREG -> {
                Variant v = Variant.valueOf(s.name().substring("PLANT_NAME_".length()));
                Entity e = switch (v) {
                    case TYPO_SUB, TYPO_INS, TYPO_DEL -> claimRare(null);
                    case LLC, FW -> claimMicro();
                    default -> copy % 2 == 0 ? claimIndividual() : claimMicro();
                };
                switch (v) {
                    case PADD -> e.name.prefix = "";
                    case PDROP -> {
                        if (e.name.prefix.isEmpty()) {
                            e.name.prefix = cityShort;
                            e.name.bracket = null;
                        }
                    }
                    case FW -> {
                        e.name.prefix = "";
                        e.name.bracket = cityShort;
                    }
                    default -> { }
                }
                Person p = scenarioPerson(Identities.Pool.SETTLED);
                member(p, localOrg(r), workplace(e, v, r, s.name()), r);
                expectPerson(s, "RESOLVE", p, true, e.uscc);
            }
            case NAME_AMBIGUOUS -> {
                Entity[] pair = new Entity[2];
                String text = ambiguousPair(pair, r);
                Person p = scenarioPerson(Identities.Pool.SETTLED);
                member(p, localOrg(r), new Workplace(text, null, null, s.name()), r);
                expectPerson(s, "R12", p, true, "candidates " + pair[0].uscc + " " + pair[1].uscc);
            }
            case COVNAME_AMBIGUOUS -> {
                Entity[] pair = new Entity[2];
                String text = ambiguousPair(pair, r);
                Entity unit = claimIndividual();
                Org o = org(OrgType.JOINT_BRANCH, jointName(unit, 2), r);
                o.formation = Formation.JOINT;
                o.status = "正常";
                o.established = asOf.minusDays(400 + r.nextInt(1500));
                o.usccs.add(unit.uscc);
                cover(unit, o);
                o.names.add(text);
                expect(s, "R12", "ORG", o.code, true, "COVERED_NAME candidates " + pair[0].uscc + " " + pair[1].uscc);
            }
            case NAME_UNREGISTERED -> {
                Person p = scenarioPerson(Identities.Pool.SETTLED);
                member(p, localOrg(r), new Workplace(unregisteredName(r), null, null, s.name()), r);
                expectPerson(s, "R12", p, true, "WORKPLACE");
            }
            case NAME_PLATFORM -> {
                Platform pf = platformOf(copy);
                Person p = scenarioPerson(Identities.Pool.SETTLED);
                member(p, localOrg(r),
                        new Workplace(pf.workplaceNames.get(copy % pf.workplaceNames.size()), null, null, s.name()), r);
                expectPerson(s, "R12", p, true, "WORKPLACE");
            }
            case NAME_REGION_CONFLICT -> {
                Entity e = claimMicro();
                e.name.prefix = "";
                e.name.bracket = null;
                String otherCity = otherCityName(r);
                Person p = scenarioPerson(Identities.Pool.SETTLED);
                member(p, localOrg(r), new Workplace(otherCity + e.name.body(), null, null, s.name()), r);
                expectPerson(s, "R12", p, true, "names " + otherCity + ", registered in " + county);
            }
        }
    }

    private void expect(Scenario s, String rule, String type, String key, boolean fires, String detail) {
        plan.expectations.add(new Plan.Expectation(s.name(), rule, type, key, fires, detail == null ? "" : detail));
    }

    private void expectEntity(Scenario s, String rule, Entity e, boolean fires, String detail) {
        expect(s, rule, "ENTITY", e.uscc, fires, detail);
    }

    private void expectPerson(Scenario s, String rule, Person p, boolean fires, String detail) {
        expect(s, rule, "PERSON", p.id, fires, detail);
    }

    private static String stationKey(Station st) {
        return st.platform.label + "|" + st.id;
    }

    /**
     * Two registered names one character apart (…X贸易有限公司, …Y贸易有限公司) and the text that drops that character:
     * equally close to both, so it must not be guessed between.
     */
    private String ambiguousPair(Entity[] pair, SplittableRandom r) {
        Entity a = claimRare(null);
        Entity c = claimRare(null);
        c.name.prefix = a.name.prefix;
        c.name.trade = a.name.trade;
        c.name.form = a.name.form;
        c.industry = a.industry;
        char last;
        do {
            last = NamePools.rareChar(r.nextLong());
        } while (last == a.name.zihao.charAt(3));
        c.name.zihao = a.name.zihao.substring(0, 3) + last;
        pair[0] = a;
        pair[1] = c;
        return a.name.prefix + a.name.zihao.substring(0, 3) + a.name.trade + a.name.form;
    }

    private static String pickOnDuty(SplittableRandom r) {
        return r.nextDouble() < 0.7 ? "在岗" : "";
    }

    /** The operator's market organisation (行业建), covering the operator. */
    private Org coveredOperator(Entity op, Market m, SplittableRandom r) {
        Org o = org(OrgType.BRANCH, "中共" + m.name + "支部委员会", r);
        if (o == null) {
            return null;
        }
        o.formation = Formation.SECTOR;
        o.status = "正常";
        o.established = asOf.minusDays(400 + r.nextInt(1500));
        o.usccs.add(op.uscc);
        cover(op, o);
        return o;
    }

    private String otherCityName(SplittableRandom r) {
        List<Region> cities = new ArrayList<>();
        for (Region c : layout.regions.cities()) {
            if (!c.code().equals(Region.cityOf(county))) {
                cities.add(c);
            }
        }
        return cities.get(r.nextInt(cities.size())).name();
    }

    static String shortName(String name) {
        if (name.length() >= 3 && (name.endsWith("区") || name.endsWith("县") || name.endsWith("市")
                || name.endsWith("省"))) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

}
