package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.ingest.IngestContext;
import cn.xgz.recon.ingest.Reject;
import cn.xgz.recon.ingest.RowOutcome;
import cn.xgz.recon.ingest.SourceSchema;
import cn.xgz.recon.ingest.SourceSchemas;
import cn.xgz.recon.ingest.table.ReadLimits;
import cn.xgz.recon.ingest.InputPlan;
import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * {@code validate}: reads every file of an input folder exactly as the nightly ingest does (the same reader,
 * schemas and duplicate rules), without staging anything or touching the data directory.
 */
public final class InputValidation {

    private InputValidation() {}

    /** The outcome: per-file figures, every reject in source/file/row order, and the sources with no file. */
    public record Report(List<FileStats> files, List<Reject> rejects, List<Source> missing) {
        /** A file rejected whole, stopped part-way or holding damaged lines: exit 4. */
        public boolean anyFileRejectedWhole() {
            return files.stream().anyMatch(f -> f.incomplete() || f.damagedRows() > 0);
        }
    }

    public static Report run(Path inputDir, IngestContext context, ReadLimits limits, int threads)
            throws IOException, InterruptedException {
        InputPlan plan = InputPlan.scan(inputDir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<SourceResult>> futures = new ArrayList<>();
            for (Source s : Source.values()) {
                if (plan.has(s)) {
                    futures.add(pool.submit(() -> readSource(SourceSchemas.of(s), plan.files(s), context, limits)));
                }
            }
            List<FileStats> files = new ArrayList<>();
            List<Reject> rejects = new ArrayList<>();
            for (Future<SourceResult> f : futures) {
                SourceResult r = f.get();
                files.addAll(r.files());
                rejects.addAll(r.rejects());
            }
            rejects.sort(Comparator.comparing(Reject::source).thenComparing(Reject::file).thenComparingInt(Reject::row));
            List<Source> missing = new ArrayList<>();
            for (Source s : Source.values()) {
                if (!plan.has(s)) {
                    missing.add(s);
                }
            }
            return new Report(files, rejects, missing);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record SourceResult(List<FileStats> files, List<Reject> rejects) {}

    private static <T> SourceResult readSource(SourceSchema<T> schema, List<Path> files, IngestContext context,
            ReadLimits limits) {
        SourceStepReader<T> reader = new SourceStepReader<>(schema, files, context, limits);
        ExecutionContext ctx = new ExecutionContext();
        List<Reject> rejects = new ArrayList<>();
        reader.open(ctx);
        try {
            RowOutcome<T> o;
            while ((o = reader.read()) != null) {
                if (o instanceof RowOutcome.Rejected<T> r) {
                    rejects.add(r.reject());
                }
            }
            reader.update(ctx);
        } finally {
            reader.close();
        }
        return new SourceResult(
                FileStats.of(ctx),
                rejects);
    }
}
