package cn.xgz.recon.lifecycle;

import cn.xgz.recon.ingest.batch.FileStats;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which sources are incomplete in a run (inputs.md): a file of the source was rejected whole or stopped part-way, or
 * its loaded rows fell by more than the allowed share against the previous successful run. An incomplete source is
 * treated like a missing one for the lifecycle: the rules reading it resolve nothing that night.
 */
public final class SourceCompleteness {

    private SourceCompleteness() {}

    /**
     * @param files this run's file figures per source (sources without files absent or empty)
     * @param previousLoaded rows the previous successful run loaded per source (absent: no figure to compare with)
     * @param previousRunDate that run's date, for the message
     * @param maxDropPercent the largest fall in loaded rows that still counts as complete
     * @return per incomplete source, why (Chinese, names the file or the figures), in source order
     */
    public static Map<Source, String> incomplete(Map<Source, List<FileStats>> files, Map<Source, Long> previousLoaded,
            LocalDate previousRunDate, int maxDropPercent) {
        Map<Source, String> out = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            List<FileStats> stats = files.getOrDefault(s, List.of());
            if (stats.isEmpty()) {
                continue;
            }
            StringBuilder why = new StringBuilder();
            for (FileStats f : stats) {
                if (f.rejectedWhole()) {
                    append(why, "文件 " + f.file() + " 被整体拒绝：" + f.problem());
                } else if (f.stoppedPartWay()) {
                    append(why, "文件 " + f.file() + " 未能读完：" + f.problem());
                }
            }
            long loaded = stats.stream().mapToLong(FileStats::loaded).sum();
            Long before = previousLoaded.get(s);
            if (before != null && before > 0 && (before - loaded) * 100 > before * (long) maxDropPercent) {
                long drop = Math.round((before - loaded) * 100.0 / before);
                append(why, String.format("导入 %,d 行，较上次成功运行（%s）的 %,d 行减少 %d%%，超过 %d%%", loaded,
                        previousRunDate, before, drop, maxDropPercent));
            }
            if (!why.isEmpty()) {
                out.put(s, why.toString());
            }
        }
        return out;
    }

    private static void append(StringBuilder why, String text) {
        if (!why.isEmpty()) {
            why.append("；");
        }
        why.append(text);
    }
}
