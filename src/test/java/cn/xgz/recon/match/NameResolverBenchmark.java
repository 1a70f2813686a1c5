package cn.xgz.recon.match;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Province-scale figures for name resolution: synthetic registered names (random trade names over a skewed pool
 * of CJK characters, common industry words, legal forms, region prefixes), then a batch of roster workplaces
 * (mostly exact variants, about 10% one-character typos, some unregistered). Prints build time, resolve time,
 * heap and the decisions by kind. Not a test; run it by hand:
 *
 * <pre>
 * mvn -q -B test-compile
 * java -Xmx4g -cp target/classes:target/test-classes cn.xgz.recon.match.NameResolverBenchmark \
 *     [registrations=7000000] [queries=500000] [threads=cores] [seed=1]
 * </pre>
 */
public final class NameResolverBenchmark {

    private static final String[] INDUSTRY = {
        "贸易", "电子商务", "汽车维修", "建材", "餐饮管理", "信息技术", "网络科技", "物流", "装饰工程", "食品", "服装",
        "五金", "农业开发", "茶业", "水产", "家政服务", "广告", "商务咨询", "钢结构", "电气工程", "美容美发", "培训",
        "文化传媒", "房地产开发", "物业管理", "机械设备", "医疗器械", "建筑工程", "环保科技", "生物科技", "新能源",
        "旅游", "酒店管理", "印刷", "包装", "纺织", "鞋业", "陶瓷", "家具", "超市"
    };
    private static final String[] FORM = {"有限公司", "有限责任公司", "股份有限公司", "商行", "店", "经营部", "工作室", "厂"};
    private static final double[] FORM_WEIGHT = {0.40, 0.10, 0.03, 0.15, 0.12, 0.10, 0.05, 0.05};

    private NameResolverBenchmark() {}

    public static void main(String[] args) {
        int registrations = args.length > 0 ? Integer.parseInt(args[0]) : 7_000_000;
        int queryCount = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1L;

        RegionTable regions = RegionTable.fujian();
        Generator gen = new Generator(regions, new Random(seed));
        NameNormalizer normalizer = new NameNormalizer(regions);

        long t0 = System.nanoTime();
        NameResolver.Builder builder = NameResolver.builder(normalizer, MatchSettings.defaults());
        List<String[]> sampled = new ArrayList<>(queryCount);
        double sampleRate = Math.min(1.0, queryCount * 0.92 / registrations);
        for (int i = 0; i < registrations; i++) {
            Region county = gen.county();
            String name = gen.prefix(county) + gen.tradeName() + gen.industry() + gen.form();
            String uscc = Fixtures.uscc(county.code(), i);
            builder.add(uscc, name, county.code());
            if (gen.random.nextDouble() < sampleRate) {
                sampled.add(new String[] {uscc, name, county.code()});
            }
        }
        long t1 = System.nanoTime();
        NameResolver resolver = builder.build(threads);
        builder = null;
        long t2 = System.nanoTime();
        long heapAfterBuild = usedHeap();

        List<NameQuery> queries = new ArrayList<>(queryCount);
        List<String> kinds = new ArrayList<>(queryCount);
        List<String> truth = new ArrayList<>(queryCount);
        for (int q = 0; q < queryCount; q++) {
            String[] reg = sampled.get(gen.random.nextInt(sampled.size()));
            double p = gen.random.nextDouble();
            String kind;
            NameQuery query;
            if (p < 0.10) {
                kind = "typo";
                query = NameQuery.ofName(gen.typo(normalizer.normalize(reg[1]).core()));
            } else if (p < 0.17) {
                kind = "unregistered";
                query = NameQuery.ofName(gen.tradeName() + gen.tradeName() + gen.industry() + gen.form());
            } else if (p < 0.32) {
                kind = "uscc";
                query = new NameQuery(gen.tradeName(), reg[0]);
            } else {
                kind = "exact-variant";
                query = NameQuery.ofName(gen.variant(reg[1], regions.find(reg[2]).orElseThrow()));
            }
            queries.add(query);
            kinds.add(kind);
            truth.add(reg[0]);
        }
        sampled = null;

        long t3 = System.nanoTime();
        List<MatchDecision> decisions = resolver.resolve(queries);
        long t4 = System.nanoTime();
        long heapAfterResolve = usedHeap();

        Map<String, Map<String, Integer>> table = new TreeMap<>();
        Map<MatchMethod, Integer> methods = new EnumMap<>(MatchMethod.class);
        int typoRight = 0;
        int typoWrong = 0;
        int variantWrong = 0;
        for (int q = 0; q < queryCount; q++) {
            MatchDecision d = decisions.get(q);
            String outcome = d.resolved() ? d.method().name() : "UNRESOLVED/" + d.reason();
            table.computeIfAbsent(kinds.get(q), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
            methods.merge(d.method(), 1, Integer::sum);
            if (kinds.get(q).equals("typo") && d.method() == MatchMethod.FUZZY) {
                if (d.uscc().equals(truth.get(q))) {
                    typoRight++;
                } else {
                    typoWrong++;
                }
            }
            if (kinds.get(q).equals("exact-variant") && d.resolved() && !d.uscc().equals(truth.get(q))) {
                variantWrong++;
            }
        }

        System.out.printf(Locale.ROOT, "registrations %,d, queries %,d, threads %d, max heap %,d MB%n",
                registrations, queryCount, threads, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "generate+add %.1f s, build %.1f s, resolve %.1f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t4 - t3) / 1e9);
        System.out.printf(Locale.ROOT, "heap used after build %,d MB, after resolve %,d MB%n",
                heapAfterBuild >> 20, heapAfterResolve >> 20);
        System.out.println("decisions by method: " + methods);
        table.forEach((kind, outcomes) -> System.out.println("  " + kind + ": " + outcomes));
        System.out.printf(Locale.ROOT, "typo queries resolved FUZZY: %,d to the source entity, %,d to another "
                + "(a registered name one edit from the typo)%n", typoRight, typoWrong);
        System.out.printf(Locale.ROOT, "exact variants resolved to another entity: %,d%n", variantWrong);
        if (resolver.size() != registrations) {
            throw new IllegalStateException("size mismatch");
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Seeded synthetic names. */
    private static final class Generator {
        final Random random;
        final char[] pool;
        final List<Region> counties;
        final RegionTable regions;

        Generator(RegionTable regions, Random random) {
            this.random = random;
            this.regions = regions;
            this.counties = regions.counties();
            // 3,000 distinct ideographs; trade names draw from them with a skew, as real ones favour a few
            pool = new char[3_000];
            boolean[] used = new boolean[0x9FA5 - 0x4E00 + 1];
            for (int i = 0; i < pool.length; ) {
                int c = random.nextInt(used.length);
                if (!used[c]) {
                    used[c] = true;
                    pool[i++] = (char) (0x4E00 + c);
                }
            }
        }

        Region county() {
            return counties.get(random.nextInt(counties.size()));
        }

        char tradeChar() {
            double r = random.nextDouble();
            return pool[(int) (pool.length * r * r)];
        }

        String tradeName() {
            double r = random.nextDouble();
            int len = r < 0.3 ? 2 : r < 0.8 ? 3 : 4;
            StringBuilder b = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                b.append(tradeChar());
            }
            return b.toString();
        }

        String industry() {
            return INDUSTRY[random.nextInt(INDUSTRY.length)];
        }

        String form() {
            double r = random.nextDouble();
            for (int i = 0; i < FORM.length; i++) {
                r -= FORM_WEIGHT[i];
                if (r < 0) {
                    return FORM[i];
                }
            }
            return FORM[0];
        }

        String prefix(Region county) {
            double r = random.nextDouble();
            String city = regions.nameOf(Region.cityOf(county.code()));
            if (r < 0.20) {
                return city;
            }
            if (r < 0.30) {
                return city.substring(0, city.length() - 1);
            }
            if (r < 0.40) {
                return county.name();
            }
            return r < 0.45 ? "福建省" : "";
        }

        /** The registered name as a member writes it: the prefix added or dropped, the legal form varied. */
        String variant(String name, Region county) {
            double r = random.nextDouble();
            if (r < 0.5) {
                return name;
            }
            if (r < 0.7) {
                return prefix(county) + name;
            }
            if (r < 0.85) {
                return name.replace("有限公司", "有限责任公司");
            }
            return "\u3000" + name + " ";
        }

        /** One character of the core substituted, inserted or deleted. */
        String typo(String core) {
            int at = random.nextInt(core.length());
            return switch (random.nextInt(3)) {
                case 0 -> core.substring(0, at) + tradeChar() + core.substring(at + 1);
                case 1 -> core.substring(0, at) + tradeChar() + core.substring(at);
                default -> core.substring(0, at) + core.substring(at + 1);
            };
        }
    }
}
