package cn.xgz.recon.match;

import cn.xgz.recon.common.LongIntMap;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.match.MatchDecision.Candidate;
import cn.xgz.recon.match.MatchDecision.Unresolved;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Resolves workplace and covered-unit names to registrations in the order of rules.md: a registered USCC, else
 * the one registration with the same normalised name, else a fuzzy match that is close enough and closer than
 * every other, else unresolved with the closest candidates. Built once per run; a batch of names is resolved by
 * streaming the registrations past indexes of the batch, so no query is compared with every registration.
 *
 * <p>Registrations live in primitive arrays (packed USCCs, pooled names and normalised names, int region codes).
 * Work is split over a fixed number of threads into contiguous ranges whose results are merged in range order,
 * and every tie is broken by USCC, so the decisions do not depend on the thread count.
 */
public final class NameResolver {

    /** Below this many items per thread a second thread costs more than it saves. */
    static final int DEFAULT_MIN_PER_THREAD = 2_000;

    private static final int[] NO_HITS = new int[0];

    private final NameNormalizer normalizer;
    private final MatchSettings settings;
    private final int threads;
    private final int minPerThread;
    private final int size;
    private final long[] usccHi;
    private final long[] usccLo;
    private final CharPool names;
    private final CharPool cores;
    /** The registered county of each registration, 0 when unknown. */
    private final int[] county;
    /** The region the registered name's own prefix names, 0 when none. */
    private final int[] nameRegion;

    private NameResolver(Builder b, int threads, CharPool cores, int[] nameRegion) {
        this.normalizer = b.normalizer;
        this.settings = b.settings;
        this.threads = threads;
        this.minPerThread = b.minPerThread;
        this.size = b.count;
        this.usccHi = Arrays.copyOf(b.hi, b.count);
        this.usccLo = Arrays.copyOf(b.lo, b.count);
        this.names = b.names;
        this.cores = cores;
        this.county = Arrays.copyOf(b.county, b.count);
        this.nameRegion = nameRegion;
    }

    public static Builder builder(NameNormalizer normalizer, MatchSettings settings) {
        return new Builder(normalizer, settings);
    }

    /** A resolver over the given registrations, built and later resolving with {@code threads} threads. */
    public static NameResolver of(
            Collection<RegisteredName> registrations, NameNormalizer normalizer, MatchSettings settings, int threads) {
        Builder b = builder(normalizer, settings);
        registrations.forEach(b::add);
        return b.build(threads);
    }

    /** How many registrations it knows. */
    public int size() {
        return size;
    }

    public MatchSettings settings() {
        return settings;
    }

    /** Collects registrations; {@link #build} normalises their names. */
    public static final class Builder {
        private final NameNormalizer normalizer;
        private final MatchSettings settings;
        private long[] hi = new long[1024];
        private long[] lo = new long[1024];
        private int[] county = new int[1024];
        private final CharPool names = new CharPool(1024, 16 * 1024);
        private int count;
        private int minPerThread = DEFAULT_MIN_PER_THREAD;
        private boolean built;

        private Builder(NameNormalizer normalizer, MatchSettings settings) {
            this.normalizer = normalizer;
            this.settings = settings;
        }

        public Builder add(RegisteredName r) {
            return add(r.uscc(), r.name(), r.regionCode());
        }

        /**
         * Adds one registration: a validated, upper-cased USCC (loaded registrations are), its registered name and
         * its county code.
         */
        public Builder add(String uscc, String name, String regionCode) {
            checkNotBuilt();
            if (!UsccKey.packable(uscc)) {
                throw new IllegalArgumentException("第 " + (count + 1) + " 条登记记录的统一社会信用代码格式无效");
            }
            if (count == hi.length) {
                int grown = count * 2;
                hi = Arrays.copyOf(hi, grown);
                lo = Arrays.copyOf(lo, grown);
                county = Arrays.copyOf(county, grown);
            }
            hi[count] = UsccKey.hi(uscc);
            lo[count] = UsccKey.lo(uscc);
            county[count] = regionCode(regionCode);
            names.add(name == null ? "" : name);
            count++;
            return this;
        }

        private void checkNotBuilt() {
            if (built) {
                throw new IllegalStateException("名称匹配索引已建立，不能再添加登记记录");
            }
        }

        /** Tests lower this to exercise several threads on small data. */
        Builder minPerThread(int items) {
            this.minPerThread = Math.max(1, items);
            return this;
        }

        /** Normalises every registered name, over {@code threads} threads. */
        public NameResolver build(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("线程数至少为 1");
            }
            checkNotBuilt();
            built = true; // the resolver takes over the name pool
            names.trim();
            int n = count;
            int[] nameRegion = new int[n];
            List<CharPool> parts = Parallel.ranges(n, parts(n, threads, minPerThread), (from, to) -> {
                CharPool pool = new CharPool(to - from, names.start(to) - names.start(from));
                for (int i = from; i < to; i++) {
                    NormalizedName nn = normalizer.normalize(names.get(i));
                    pool.add(nn.core());
                    nameRegion[i] = regionCode(nn.namedRegion());
                }
                return pool;
            });
            CharPool cores = new CharPool(n, names.start(n));
            parts.forEach(cores::addAll);
            cores.trim();
            return new NameResolver(this, threads, cores, nameRegion);
        }
    }

    /** Resolves a batch of names; the decisions come in the order of the queries. */
    public List<MatchDecision> resolve(List<NameQuery> queries) {
        int m = queries.size();
        MatchDecision[] out = new MatchDecision[m];
        NormalizedName[] norm = new NormalizedName[m];
        Parallel.ranges(m, parts(m), (from, to) -> {
            for (int i = from; i < to; i++) {
                norm[i] = normalizer.normalize(queries.get(i).nameText());
            }
            return null;
        });

        // (1) a valid, registered USCC decides on its own
        resolveByUscc(queries, out);

        // (2) the same normalised name as exactly one registration
        CoreTable table = new CoreTable(m);
        int[] group = new int[m];
        for (int i = 0; i < m; i++) {
            group[i] = out[i] == null && !norm[i].isEmpty() ? table.add(norm[i].core()) : -1;
        }
        int[][] hits = exactHits(table);

        // (3) fuzzy candidates for the names nothing matched exactly
        int minQueryLength = settings.minFuzzyLength() - settings.maxEdits();
        int[] fuzzyIndex = new int[table.size()];
        List<String> fuzzyCores = new ArrayList<>();
        for (int g = 0; g < table.size(); g++) {
            boolean fuzzy = hits[g].length == 0 && table.key(g).length() >= minQueryLength;
            fuzzyIndex[g] = fuzzy ? fuzzyCores.size() : -1;
            if (fuzzy) {
                fuzzyCores.add(table.key(g));
            }
        }
        Ranked[] ranked = fuzzyCandidates(fuzzyCores);

        // (4) decide, with the region veto last: ambiguity is decided before it
        for (int i = 0; i < m; i++) {
            if (out[i] != null) {
                continue;
            }
            if (group[i] < 0) {
                out[i] = unresolved(Unresolved.NO_CANDIDATE, List.of());
            } else if (hits[group[i]].length > 0) {
                out[i] = decideExact(norm[i], hits[group[i]]);
            } else {
                int f = fuzzyIndex[group[i]];
                out[i] = f < 0 ? unresolved(Unresolved.NO_CANDIDATE, List.of()) : decideFuzzy(norm[i], ranked[f]);
            }
        }
        return Arrays.asList(out);
    }

    private void resolveByUscc(List<NameQuery> queries, MatchDecision[] out) {
        int m = queries.size();
        LongPairTable table = new LongPairTable(16);
        int[] ids = new int[m];
        for (int i = 0; i < m; i++) {
            String given = queries.get(i).usccGiven();
            String code = given == null ? "" : NameNormalizer.clean(given);
            ids[i] = UsccCode.isValid(code) ? table.add(UsccKey.hi(code), UsccKey.lo(code)) : -1;
        }
        if (table.size() == 0) {
            return;
        }
        List<IntList> found = Parallel.ranges(size, parts(size), (from, to) -> {
            IntList pairs = new IntList(64);
            for (int r = from; r < to; r++) {
                int id = table.find(usccHi[r], usccLo[r]);
                if (id >= 0) {
                    pairs.add(id);
                    pairs.add(r);
                }
            }
            return pairs;
        });
        int[] registration = new int[table.size()];
        Arrays.fill(registration, -1);
        for (IntList pairs : found) {
            for (int k = 0; k < pairs.size(); k += 2) {
                if (registration[pairs.get(k)] < 0) {
                    registration[pairs.get(k)] = pairs.get(k + 1);
                }
            }
        }
        for (int i = 0; i < m; i++) {
            if (ids[i] >= 0 && registration[ids[i]] >= 0) {
                out[i] = new MatchDecision(MatchMethod.USCC, uscc(registration[ids[i]]), 1.0, null, 0, null, List.of());
            }
        }
    }

    /** For each distinct query core, the registrations with that core, in registration order. */
    private int[][] exactHits(CoreTable table) {
        int[][] hits = new int[table.size()][];
        Arrays.fill(hits, NO_HITS);
        if (table.size() == 0) {
            return hits;
        }
        char[] pool = cores.chars();
        List<IntList> found = Parallel.ranges(size, parts(size), (from, to) -> {
            IntList pairs = new IntList(1024);
            for (int r = from; r < to; r++) {
                int len = cores.length(r);
                int id = len == 0 ? -1 : table.find(pool, cores.start(r), len);
                if (id >= 0) {
                    pairs.add(id);
                    pairs.add(r);
                }
            }
            return pairs;
        });
        int[] counts = new int[table.size()];
        for (IntList pairs : found) {
            for (int k = 0; k < pairs.size(); k += 2) {
                counts[pairs.get(k)]++;
            }
        }
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] > 0) {
                hits[g] = new int[counts[g]];
                counts[g] = 0;
            }
        }
        for (IntList pairs : found) {
            for (int k = 0; k < pairs.size(); k += 2) {
                int g = pairs.get(k);
                hits[g][counts[g]++] = pairs.get(k + 1);
            }
        }
        return hits;
    }

    private MatchDecision decideExact(NormalizedName query, int[] hits) {
        if (hits.length > 1) {
            Integer[] order = new Integer[hits.length];
            for (int k = 0; k < hits.length; k++) {
                order[k] = hits[k];
            }
            Arrays.sort(order, (a, b) -> compareUscc(a, b));
            List<Candidate> list = new ArrayList<>();
            for (int k = 0; k < Math.min(order.length, settings.maxCandidates()); k++) {
                list.add(new Candidate(uscc(order[k]), names.get(order[k]), 1.0, 0));
            }
            return unresolved(Unresolved.AMBIGUOUS, list);
        }
        int r = hits[0];
        if (!compatible(query.namedRegion(), r)) {
            return unresolved(Unresolved.REGION_CONFLICT, List.of(new Candidate(uscc(r), names.get(r), 1.0, 0)));
        }
        return new MatchDecision(MatchMethod.EXACT, uscc(r), 1.0, null, 0, null, List.of());
    }

    private MatchDecision decideFuzzy(NormalizedName query, Ranked c) {
        if (c.count == 0) {
            return unresolved(Unresolved.NO_CANDIDATE, List.of());
        }
        if (c.dice[0] < settings.threshold()) {
            return unresolved(Unresolved.NO_CANDIDATE, c.candidates());
        }
        // Equally close in edits is never guessed between; a farther runner-up (only possible with maxEdits 2)
        // must trail clearly in similarity.
        if (c.count > 1 && (c.edits[1] == c.edits[0] || c.dice[0] - c.dice[1] < settings.margin())) {
            return unresolved(Unresolved.AMBIGUOUS, c.tied());
        }
        if (!compatible(query.namedRegion(), c.regs[0])) {
            return unresolved(Unresolved.REGION_CONFLICT, c.candidates());
        }
        String runnerUp = c.count > 1 ? uscc(c.regs[1]) : null;
        double runnerUpScore = c.count > 1 ? c.dice[1] : 0;
        return new MatchDecision(
                MatchMethod.FUZZY, uscc(c.regs[0]), c.dice[0], runnerUp, runnerUpScore, null, List.of());
    }

    private static MatchDecision unresolved(Unresolved reason, List<Candidate> candidates) {
        double score = candidates.isEmpty() ? 0 : candidates.get(0).score();
        String runnerUp = candidates.size() > 1 ? candidates.get(1).uscc() : null;
        double runnerUpScore = candidates.size() > 1 ? candidates.get(1).score() : 0;
        return new MatchDecision(MatchMethod.UNRESOLVED, null, score, runnerUp, runnerUpScore, reason, candidates);
    }

    /**
     * Whether a text naming {@code namedRegion} may resolve to registration {@code r}: a named city holds the
     * entity's county, a named county is it, the province constrains nothing, and a registered name that carries
     * the same region itself is no conflict.
     */
    private boolean compatible(String namedRegion, int r) {
        int named = regionCode(namedRegion);
        if (named == 0 || NameNormalizer.level(namedRegion) == 1) {
            return true;
        }
        if (NameNormalizer.level(namedRegion) == 2) {
            return county[r] / 100 == named / 100 || (nameRegion[r] != 0 && nameRegion[r] / 100 == named / 100);
        }
        return county[r] == named || nameRegion[r] == named;
    }

    // ---- fuzzy search ----

    /**
     * The registrations within {@code maxEdits} edits of each fuzzy core, best first. Deleting at most k characters
     * from both of two names within k edits leaves a common string, so the registrations are streamed once, their
     * deletion variants hashed and looked up among the cores' variants: only names that share one are compared.
     */
    private Ranked[] fuzzyCandidates(List<String> fuzzyCores) {
        int count = fuzzyCores.size();
        Ranked[] ranked = new Ranked[count];
        if (count == 0) {
            return ranked;
        }
        FuzzyIndex ix = new FuzzyIndex(fuzzyCores);
        List<Top> tops = Parallel.ranges(size, parts(size), (from, to) -> scan(ix, from, to));
        int t = settings.maxCandidates();
        for (int f = 0; f < count; f++) {
            Top merged = new Top(1, t);
            for (Top top : tops) {
                for (int k = 0; k < top.count[f]; k++) {
                    int at = f * t + k;
                    merged.offer(0, top.regs[at], top.edits[at], top.dice[at]);
                }
            }
            int n = merged.count[0];
            ranked[f] = new Ranked(
                    Arrays.copyOf(merged.regs, n),
                    Arrays.copyOf(merged.edits, n),
                    Arrays.copyOf(merged.dice, n),
                    n);
        }
        return ranked;
    }

    private Top scan(FuzzyIndex ix, int from, int to) {
        Top top = new Top(ix.count, settings.maxCandidates());
        int maxEdits = settings.maxEdits();
        int minLength = settings.minFuzzyLength();
        char[] pool = cores.chars();
        DeletionHasher hasher = new DeletionHasher();
        int[] bg = new int[64];
        int[] row = new int[2 * 65];
        // the last registration scored against each core: a pair that shares several variants is scored once
        int[] lastScored = new int[ix.count];
        Arrays.fill(lastScored, -1);
        for (int r = from; r < to; r++) {
            int off = cores.start(r);
            int len = cores.length(r);
            // a pair needs max(lengths) >= minLength and lengths at most maxEdits apart
            if (len + maxEdits < minLength || len < 2 || len > ix.maxLength + maxEdits) {
                continue;
            }
            if (len > bg.length) {
                bg = new int[len * 2];
                row = new int[2 * (len * 2 + 1)];
            }
            long[] keys = hasher.variants(pool, off, len, maxEdits);
            int nb = -1;
            for (int v = 0, nv = DeletionHasher.count(len, maxEdits); v < nv; v++) {
                if (!ix.mayHold(keys[v])) {
                    continue;
                }
                int slot = ix.slotOf.get(keys[v], -1);
                if (slot < 0) {
                    continue;
                }
                for (int e = ix.slotStart[slot]; e < ix.slotStart[slot + 1]; e++) {
                    int f = ix.entryCore[e];
                    int lf = ix.cores[f].length;
                    if (lastScored[f] == r || Math.abs(lf - len) > maxEdits || Math.max(lf, len) < minLength) {
                        continue;
                    }
                    lastScored[f] = r;
                    int edits = Similarity.boundedDistance(ix.cores[f], 0, lf, pool, off, len, maxEdits, row);
                    if (edits > maxEdits) {
                        continue; // a shared variant is necessary, not sufficient (transpositions, hash collisions)
                    }
                    if (nb < 0) {
                        nb = Similarity.fill(pool, off, len, bg);
                        Arrays.sort(bg, 0, nb);
                    }
                    int[] qb = ix.bigrams[f];
                    top.offer(f, r, edits, Similarity.dice(qb, qb.length, bg, nb));
                }
            }
        }
        return top;
    }

    /** The fuzzy cores of a batch and the hashes of their deletion variants, each hash with its list of cores. */
    private final class FuzzyIndex {
        final int count;
        final char[][] cores;
        final int[][] bigrams;
        final int maxLength;
        final LongIntMap slotOf;
        final int[] slotStart;
        final int[] entryCore;
        /** One bit per hash, a filter small enough for the cache: most registration variants stop here. */
        private final long[] filter;
        private final int filterMask;

        FuzzyIndex(List<String> fuzzyCores) {
            count = fuzzyCores.size();
            int maxEdits = settings.maxEdits();
            cores = new char[count][];
            bigrams = new int[count][];
            int longest = 0;
            long variants = 0;
            for (int f = 0; f < count; f++) {
                cores[f] = fuzzyCores.get(f).toCharArray();
                bigrams[f] = Similarity.sortedBigrams(fuzzyCores.get(f));
                longest = Math.max(longest, cores[f].length);
                variants += DeletionHasher.count(cores[f].length, maxEdits);
            }
            maxLength = longest;
            int bits = Integer.highestOneBit((int) Math.max(1 << 16, Math.min(1 << 27, variants * 16)));
            filter = new long[bits >>> 6];
            filterMask = bits - 1;
            DeletionHasher hasher = new DeletionHasher();
            slotOf = new LongIntMap((int) Math.min(Integer.MAX_VALUE / 2, variants));
            // pass 1: number the distinct hashes and count each one's cores (a core once per hash)
            IntList sizes = new IntList(1024);
            IntList lastCore = new IntList(1024);
            for (int f = 0; f < count; f++) {
                long[] keys = hasher.variants(cores[f], 0, cores[f].length, maxEdits);
                for (int v = 0, nv = DeletionHasher.count(cores[f].length, maxEdits); v < nv; v++) {
                    int slot = slotOf.get(keys[v], -1);
                    if (slot < 0) {
                        int bit = filterBit(keys[v]);
                        filter[bit >>> 6] |= 1L << bit;
                        slot = sizes.size();
                        slotOf.put(keys[v], slot);
                        sizes.add(0);
                        lastCore.add(-1);
                    }
                    if (lastCore.get(slot) != f) {
                        lastCore.set(slot, f);
                        sizes.set(slot, sizes.get(slot) + 1);
                    }
                }
            }
            int slots = sizes.size();
            slotStart = new int[slots + 1];
            for (int s = 0; s < slots; s++) {
                slotStart[s + 1] = slotStart[s] + sizes.get(s);
                lastCore.set(s, -1);
            }
            // pass 2: fill the lists
            entryCore = new int[slotStart[slots]];
            int[] fill = Arrays.copyOf(slotStart, slots);
            for (int f = 0; f < count; f++) {
                long[] keys = hasher.variants(cores[f], 0, cores[f].length, maxEdits);
                for (int v = 0, nv = DeletionHasher.count(cores[f].length, maxEdits); v < nv; v++) {
                    int slot = slotOf.get(keys[v], -1);
                    if (lastCore.get(slot) != f) {
                        lastCore.set(slot, f);
                        entryCore[fill[slot]++] = f;
                    }
                }
            }
        }

        boolean mayHold(long key) {
            int bit = filterBit(key);
            return (filter[bit >>> 6] & (1L << bit)) != 0;
        }

        /** High bits of the (already mixed) key: the map's slots use the low ones. */
        private int filterBit(long key) {
            return (int) (key >>> 37) & filterMask;
        }
    }

    /** The best few candidates of each core seen by one range, kept sorted. */
    private final class Top {
        final int perCore;
        final int[] count;
        final int[] regs;
        final int[] edits;
        final double[] dice;

        Top(int cores, int perCore) {
            this.perCore = perCore;
            count = new int[cores];
            regs = new int[cores * perCore];
            edits = new int[cores * perCore];
            dice = new double[cores * perCore];
        }

        void offer(int f, int r, int e, double d) {
            int base = f * perCore;
            int n = count[f];
            int pos = n;
            while (pos > 0 && before(r, e, d, regs[base + pos - 1], edits[base + pos - 1], dice[base + pos - 1])) {
                pos--;
            }
            if (pos >= perCore) {
                return;
            }
            int last = Math.min(n, perCore - 1);
            for (int k = last; k > pos; k--) {
                regs[base + k] = regs[base + k - 1];
                edits[base + k] = edits[base + k - 1];
                dice[base + k] = dice[base + k - 1];
            }
            regs[base + pos] = r;
            edits[base + pos] = e;
            dice[base + pos] = d;
            count[f] = Math.min(n + 1, perCore);
        }
    }

    /** Candidate order: fewer edits, then higher similarity, then USCC, so ties break the same on every run. */
    private boolean before(int r1, int e1, double d1, int r2, int e2, double d2) {
        if (e1 != e2) {
            return e1 < e2;
        }
        if (d1 != d2) {
            return d1 > d2;
        }
        int c = compareUscc(r1, r2);
        return c != 0 ? c < 0 : r1 < r2;
    }

    private int compareUscc(int a, int b) {
        int c = Long.compare(usccHi[a], usccHi[b]);
        return c != 0 ? c : Long.compare(usccLo[a], usccLo[b]);
    }

    /** The merged candidates of one fuzzy core, all within {@code maxEdits}, best first. */
    private final class Ranked {
        final int[] regs;
        final int[] edits;
        final double[] dice;
        final int count;
        private List<Candidate> candidates;

        Ranked(int[] regs, int[] edits, double[] dice, int count) {
            this.regs = regs;
            this.edits = edits;
            this.dice = dice;
            this.count = count;
        }

        /** The candidates an ambiguous decision lists: those as close in edits as the best, or within the margin. */
        List<Candidate> tied() {
            int k = 1;
            while (k < count && (edits[k] == edits[0] || dice[0] - dice[k] < settings.margin())) {
                k++;
            }
            return candidates().subList(0, k);
        }

        List<Candidate> candidates() {
            if (candidates == null) {
                List<Candidate> list = new ArrayList<>(count);
                for (int k = 0; k < count; k++) {
                    list.add(new Candidate(uscc(regs[k]), names.get(regs[k]), dice[k], edits[k]));
                }
                candidates = List.copyOf(list);
            }
            return candidates;
        }
    }

    // ---- helpers ----

    private String uscc(int r) {
        return UsccKey.unpack(usccHi[r], usccLo[r]);
    }

    private int parts(int items) {
        return parts(items, threads, minPerThread);
    }

    private static int parts(int items, int threads, int minPerThread) {
        return Math.max(1, Math.min(threads, items / minPerThread));
    }

    /** A six-digit region code as an int, 0 when blank or malformed. */
    static int regionCode(String code) {
        if (code == null || code.length() != 6) {
            return 0;
        }
        int v = 0;
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
