package cn.xgz.recon.generate;

import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The skeleton of a data set, computed once and small (a few bytes per block of 64 entities): which county each
 * block lies in, which blocks host a market or delivery stations, and where each planted scenario goes.
 */
final class Layout {

    static final int BLOCK = 64;
    /** Person numbers per block: 0–63 are the legal representatives, the rest extra persons and junk rows. */
    static final int PERSON_SLOTS = 512;
    static final int FIRST_EXTRA_PERSON = BLOCK;
    static final int END_EXTRA_PERSON = 480;
    static final int ORG_CODES_PER_BLOCK = 20;
    static final int STATIONS_PER_BLOCK = 16;
    static final int MARKETS_PER_BLOCK = 4;
    /** At most this many scenario copies share a block, which bounds the stations they open there. */
    static final int MAX_INSTANCES_PER_BLOCK = 12;
    static final double MARKET_RATE = 1.0 / 31;
    /** Stations per block by platform: 美团 the most, 朴朴 the fewest. */
    static final double[] STATION_RATE = {0.03, 0.02, 0.01};

    /** A scenario copy placed in a block. */
    record Instance(Scenario scenario, int copy) {}

    final long seed;
    final long key;
    final long entities;
    final int blocks;
    final LocalDate asOf;
    /** GeneratorOptions#missingReports: null for the natural rate. */
    final Double missingReports;
    final int requiredYear;
    final RegionTable regions;
    final IndustryTable industries;
    final List<String> counties;
    private final short[] countyOfBlock;
    private final int[] seqInCounty;
    private final Map<String, Integer> blocksPerCounty = new HashMap<>();
    /** Counties whose committee and community organisations are listed in party-orgs, with their count. */
    final LinkedHashMap<String, Integer> orgCounties = new LinkedHashMap<>();
    private final BitSet marketBlocks = new BitSet();
    private final BitSet[] stationBlocks = new BitSet[Plan.Platform.values().length];
    private final Map<Integer, List<Instance>> instances = new HashMap<>();
    final EnumMap<Scenario, Integer> placed = new EnumMap<>(Scenario.class);

    Layout(GeneratorOptions options) {
        this.seed = options.seed();
        this.key = Mix.mix(options.seed(), 0x5EEDL);
        this.entities = options.entities();
        this.blocks = (int) ((entities + BLOCK - 1) / BLOCK);
        this.asOf = options.asOf();
        this.missingReports = options.missingReports();
        this.requiredYear = requiredYear(asOf);
        this.regions = RegionTable.fujian();
        this.industries = IndustryTable.standard();
        this.counties = scopeCounties(regions, options.scope());
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("范围内没有县级区划: " + options.scope());
        }
        double[] cumulative = new double[counties.size()];
        double total = 0;
        for (int i = 0; i < counties.size(); i++) {
            total += weight(counties.get(i));
            cumulative[i] = total;
        }
        countyOfBlock = new short[blocks];
        seqInCounty = new int[blocks];
        int[] running = new int[counties.size()];
        for (int b = 0; b < blocks; b++) {
            double u = Mix.unit(Mix.mix(seed, 0xC0C0L, b)) * total;
            int c = 0;
            while (c < cumulative.length - 1 && u >= cumulative[c]) {
                c++;
            }
            countyOfBlock[b] = (short) c;
            seqInCounty[b] = running[c]++;
            if (Mix.unit(Mix.mix(seed, 0x3A3AL, b)) < MARKET_RATE) {
                marketBlocks.set(b);
            }
            for (Plan.Platform p : Plan.Platform.values()) {
                if (stationBlocks[p.ordinal()] == null) {
                    stationBlocks[p.ordinal()] = new BitSet();
                }
                if (Mix.unit(Mix.mix(seed, 0x57A0L + p.ordinal(), b)) < STATION_RATE[p.ordinal()]) {
                    stationBlocks[p.ordinal()].set(b);
                }
            }
        }
        for (int c = 0; c < counties.size(); c++) {
            blocksPerCounty.put(counties.get(c), running[c]);
        }
        for (String county : counties) {
            int n = blocksPerCounty.get(county);
            orgCounties.put(county, Math.max(1, Math.min(90, n / 16)));
        }
        // a city-level set still lists a few organisations of other cities, so members can hold their relation there
        for (Region city : regions.cities()) {
            boolean inScope = counties.stream().anyMatch(c -> Region.cityOf(c).equals(city.code()));
            if (!inScope) {
                regions.counties().stream()
                        .filter(r -> city.code().equals(r.parentCode()))
                        .findFirst()
                        .ifPresent(r -> orgCounties.put(r.code(), 1));
            }
        }
        placeScenarios();
    }

    /** The year whose annual report R13 requires on date d: year(d) − 1 from 1 July, year(d) − 2 before. */
    static int requiredYear(LocalDate d) {
        return d.getMonthValue() >= 7 ? d.getYear() - 1 : d.getYear() - 2;
    }

    int blockSize(int b) {
        return (int) Math.min(BLOCK, entities - (long) b * BLOCK);
    }

    String county(int b) {
        return counties.get(countyOfBlock[b]);
    }

    int seqInCounty(int b) {
        return seqInCounty[b];
    }

    boolean hasMarket(int b) {
        return marketBlocks.get(b);
    }

    boolean hasStation(int b, Plan.Platform p) {
        return stationBlocks[p.ordinal()].get(b);
    }

    List<Instance> instances(int b) {
        return instances.getOrDefault(b, Collections.emptyList());
    }

    /** County committee (非公工委) code. */
    static String committeeCode(String county) {
        return county + "000001";
    }

    /** The k-th (0-based) community organisation of a county. */
    static String communityCode(String county, int k) {
        return county + String.format("%06d", 2 + k);
    }

    /** The county's 流动党员党支部. */
    static String flowBranchCode(String county) {
        return county + "000099";
    }

    int communityCount(String county) {
        return orgCounties.getOrDefault(county, 0);
    }

    /** Org-listed counties in another city than {@code county}. */
    List<String> otherCityCounties(String county) {
        String city = Region.cityOf(county);
        List<String> out = new ArrayList<>();
        for (String c : orgCounties.keySet()) {
            if (!Region.cityOf(c).equals(city)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Org-listed counties in the same city as {@code county}, other than it. */
    List<String> sameCityCounties(String county) {
        String city = Region.cityOf(county);
        List<String> out = new ArrayList<>();
        for (String c : orgCounties.keySet()) {
            if (!c.equals(county) && Region.cityOf(c).equals(city)) {
                out.add(c);
            }
        }
        return out;
    }

    private void placeScenarios() {
        int full = (int) (entities / BLOCK);
        if (full == 0) {
            return;
        }
        List<Instance> all = new ArrayList<>();
        int maxCopies = 0;
        for (Scenario s : Scenario.values()) {
            maxCopies = Math.max(maxCopies, s.copies());
        }
        for (int copy = 0; copy < maxCopies; copy++) {
            for (Scenario s : Scenario.values()) {
                if (copy < s.copies()) {
                    all.add(new Instance(s, copy));
                }
            }
        }
        int[] entityRoom = new int[full];
        int[] personRoom = new int[full];
        int[] orgRoom = new int[full];
        int[] marketRoom = new int[full];
        int[] instanceRoom = new int[full];
        java.util.Arrays.fill(marketRoom, MARKETS_PER_BLOCK - 1);
        java.util.Arrays.fill(instanceRoom, MAX_INSTANCES_PER_BLOCK);
        java.util.Arrays.fill(entityRoom, BLOCK - 8);
        java.util.Arrays.fill(personRoom, END_EXTRA_PERSON - FIRST_EXTRA_PERSON - 120);
        java.util.Arrays.fill(orgRoom, ORG_CODES_PER_BLOCK - 6);
        int k = all.size();
        for (int j = 0; j < k; j++) {
            Instance inst = all.get(j);
            Scenario s = inst.scenario();
            int preferred = (int) ((long) j * full / k);
            for (int t = 0; t < full; t++) {
                int b = (preferred + t) % full;
                int markets = s.opensMarket() ? 1 : 0;
                if (entityRoom[b] >= s.entities && personRoom[b] >= s.persons && orgRoom[b] >= s.orgs
                        && marketRoom[b] >= markets && instanceRoom[b] > 0) {
                    marketRoom[b] -= markets;
                    instanceRoom[b]--;
                    entityRoom[b] -= s.entities;
                    personRoom[b] -= s.persons;
                    orgRoom[b] -= s.orgs;
                    instances.computeIfAbsent(b, x -> new ArrayList<>()).add(inst);
                    placed.merge(s, 1, Integer::sum);
                    break;
                }
            }
        }
    }

    private static List<String> scopeCounties(RegionTable regions, String scope) {
        List<String> out = new ArrayList<>();
        for (Region r : regions.counties()) {
            String code = r.code();
            if (weight(code) == 0) {
                continue;
            }
            boolean in = scope == null
                    || scope.equals(regions.province().code())
                    || scope.equals(code)
                    || scope.equals(Region.cityOf(code));
            if (in) {
                out.add(code);
            }
        }
        return out;
    }

    /** Relative size of a county: the big three cities weigh more; 金门县 has no registrations in the table's data. */
    private static double weight(String county) {
        if (county.equals("350527")) {
            return 0;
        }
        double w = 2 + Math.floorMod(Mix.mix(Long.parseLong(county)), 5L);
        String city = county.substring(0, 4);
        if (city.equals("3501") || city.equals("3502") || city.equals("3505")) {
            w *= 2.5;
        }
        return w;
    }
}
