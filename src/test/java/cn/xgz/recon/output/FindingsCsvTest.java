package cn.xgz.recon.output;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * findings.csv written in parallel blocks is, byte for byte, the file CsvText's OpenCSV writer writes line by line:
 * BOM, header, quoting of commas, quotes and line breaks, inert text, review columns, across block boundaries.
 */
class FindingsCsvTest {

    private static final LocalDate RUN = LocalDate.of(2025, 10, 1);
    private static final String[] ODD = {"普通名称", "含,逗号", "含\"引号\"", "换\n行", "回\r车", "=SUM(A1)", "+86", "-1",
        "@x", "\t制表", "", " 前后空格 ", "\uD83D\uDE00表情", "孤\uD800代理"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3})
    void writesWhatTheLineByLineWriterWrites(int threads) throws IOException {
        Random rnd = new Random(threads);
        List<Finding> findings = new ArrayList<>();
        int n = 2 * FindingsCsv.BLOCK + 1 + rnd.nextInt(FindingsCsv.BLOCK);
        for (int i = 0; i < n; i++) {
            findings.add(new Finding(RuleCode.values()[rnd.nextInt(RuleCode.values().length)],
                    SubjectType.values()[rnd.nextInt(SubjectType.values().length)], "91350100MA" + i, odd(rnd),
                    rnd.nextInt(5) == 0 ? null : "350102", rnd.nextInt(3) == 0 ? odd(rnd) : null, rnd.nextInt(1000) - 10,
                    rnd.nextBoolean() ? null : odd(rnd), odd(rnd), FindingStatus.values()[rnd.nextInt(3)],
                    RUN.minusDays(rnd.nextInt(400))));
        }
        FindingsCsv.ReviewColumns reviews = f -> f.metric() % 7 == 0 ? new String[] {"不属实", "2025-09-01"}
                : f.metric() % 11 == 0 ? new String[] {odd(new Random(f.metric())), null} : null;

        Path parallel = Files.createDirectories(dir.resolve("p"));
        FindingsCsv.write(parallel, RUN, findings, reviews, threads);
        Path reference = dir.resolve("reference.csv");
        AtomicFiles.write(reference, out -> {
            ICSVWriter csv = CsvText.open(out);
            csv.writeNext(FindingsCsv.HEADER, false);
            for (Finding f : findings) {
                String[] review = reviews.of(f);
                csv.writeNext(new String[] {RUN.toString(), f.rule().name(), f.rule().ruleName(),
                    f.rule().severity().label(), f.status().name(), f.firstSeen().toString(), f.subjectType().name(),
                    CsvText.inert(f.subjectKey()), CsvText.inert(f.subjectName()), blank(f.regionCode()),
                    blank(f.cityCode()), CsvText.inert(f.marketId()), Long.toString(f.metric()), blank(f.basis()),
                    CsvText.inert(f.detail()), CsvText.inert(f.findingId()), review == null ? "" : review[0],
                    review == null ? "" : blank(review[1])}, false);
            }
            csv.flush();
        });

        assertThat(Files.readAllBytes(parallel.resolve(FindingsCsv.FILE_NAME))).isEqualTo(Files.readAllBytes(reference));
    }

    private static String odd(Random rnd) {
        return ODD[rnd.nextInt(ODD.length)] + rnd.nextInt(100);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
