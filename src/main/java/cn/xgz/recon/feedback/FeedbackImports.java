package cn.xgz.recon.feedback;

import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.match.NameNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Imports a batch of returned files (the {@code feedback} command, {@code nightly --feedback DIR}). */
public final class FeedbackImports {

    private final FeedbackStore store;
    private final RunHistory history;
    private final RegisteredUsccs registered;
    private final ScopeSignature signature;
    private final NameNormalizer normalizer;
    private final String provinceCode;
    private final Path dataDir;
    private final Clock clock;

    public FeedbackImports(FeedbackStore store, RunHistory history, RegisteredUsccs registered, ScopeSignature signature,
            NameNormalizer normalizer, String provinceCode, Path dataDir, Clock clock) {
        this.store = store;
        this.history = history;
        this.registered = registered;
        this.signature = signature;
        this.normalizer = normalizer;
        this.provinceCode = provinceCode;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** Imports the files in order, each in its own transaction; a refused file does not stop the others. */
    public List<ImportResult> importAll(List<Path> files, String operatorScope) throws IOException {
        // Checked against the latest completed run, findings and registrations alike: nightly --feedback imports
        // before its own run has read anything.
        FeedbackImporter importer = new FeedbackImporter(store, new HistoryFindings(history), lazy(registered), signature,
                normalizer, provinceCode, dataDir, clock);
        List<ImportResult> results = new ArrayList<>();
        for (Path f : files) {
            results.add(importer.importFile(f, operatorScope));
        }
        return results;
    }

    /** Read on the first 指定主体 only: most files decide no names, and a province's list is millions of codes. */
    private static KnownRegistrations lazy(RegisteredUsccs store) {
        return new KnownRegistrations() {
            private KnownRegistrations loaded;

            private KnownRegistrations get() {
                if (loaded == null) {
                    try {
                        loaded = store.latest();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException("无法读取上次运行保存的登记统一社会信用代码：" + e.getMessage(), e);
                    }
                }
                return loaded;
            }

            @Override
            public java.time.LocalDate runDate() {
                return get().runDate();
            }

            @Override
            public boolean registered(String uscc) {
                return get().registered(uscc);
            }
        };
    }

    /** The returned files of a folder, by name: .xlsx and .csv, not hidden, not Excel's lock files (~$…). */
    public static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        String lower = n.toLowerCase(java.util.Locale.ROOT);
                        return !n.startsWith(".") && !n.startsWith("~$") && (lower.endsWith(".xlsx") || lower.endsWith(".csv"));
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Every reject of the results, for the night's feedback-rejects.csv. */
    public static List<FeedbackReject> rejectsOf(List<ImportResult> results) {
        List<FeedbackReject> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.rejects()));
        return all;
    }
}
