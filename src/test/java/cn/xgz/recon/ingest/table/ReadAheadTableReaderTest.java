package cn.xgz.recon.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file read ahead gives the caller what reading it in the caller's thread gives: every row, the row count and the
 * stop reason after each row, the failure at the same place; closing stops the reading thread.
 */
class ReadAheadTableReaderTest {

    private static final ReadLimits LIMITS = new ReadLimits(1L << 30, 50_000_000L, 12, 200, 4_000, 5);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void givesWhatTheFilesOwnReaderGivesRowByRow(long seed) throws IOException {
        Random rnd = new Random(seed);
        Path file = dir.resolve("registrations-" + seed + ".csv");
        Files.write(file, randomCsv(rnd, 500 + rnd.nextInt(5_000)));
        // A row limit in some files, so that reading stops part-way with the rest counted.
        ReadLimits limits = seed % 3 == 0 ? new ReadLimits(1L << 30, 700, 12, 200, 4_000, 5) : LIMITS;

        List<String> plain = trace(CsvTableReader.open(file, file.getFileName().toString(), limits));
        List<String> ahead = trace(ReadAheadTableReader.of(CsvTableReader.open(file, file.getFileName().toString(), limits)));

        assertThat(ahead).hasSameSizeAs(plain).isEqualTo(plain);
        assertThat(plain.size()).as("rows of the generated file").isGreaterThan(400);
    }

    @Test
    void theRowsBeforeAFailureArriveAndThenTheFailureItself() {
        InputFileException failure = new InputFileException("a.csv", "读取文件出错");
        FakeTable table = new FakeTable(1_300, failure);
        TableReader r = ReadAheadTableReader.of(table);
        for (int i = 1; i <= 1_300; i++) {
            assertThat(r.next().rowNumber()).isEqualTo(i + 1);
            assertThat(r.rowsRead()).isEqualTo(i);
        }
        assertThatThrownBy(r::next).isSameAs(failure);
        assertThatThrownBy(r::next).as("again, as the file is still unreadable there").isSameAs(failure);
        r.close();
        assertThat(table.closed).isTrue();
    }

    @Test
    void anErrorOfTheReadingThreadReachesTheCaller() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        TableReader r = ReadAheadTableReader.of(new FakeTable(10, oom));
        for (int i = 0; i < 10; i++) {
            assertThat(r.next()).isNotNull();
        }
        assertThatThrownBy(r::next).isSameAs(oom);
        r.close();
    }

    @Test
    void closingPartWayStopsTheReadingThreadAndClosesTheTable() throws InterruptedException {
        FakeTable table = new FakeTable(1_000_000, null);
        TableReader r = ReadAheadTableReader.of(table);
        assertThat(r.next().rowNumber()).isEqualTo(2);
        Thread reading = readingThread();
        assertThat(reading).as("the read-ahead thread").isNotNull();
        r.close();
        assertThat(table.closed).isTrue();
        assertThat(reading.isAlive()).isFalse();
        assertThat(table.served).as("read ahead at most the bounded queue, not the file")
                .isLessThanOrEqualTo((ReadAheadTableReader.BATCHES + 2) * ReadAheadTableReader.BATCH);
    }

    @Test
    void largeCsvFilesAreReadAheadAndSmallOnesAreNot() throws IOException {
        Path small = dir.resolve("small.csv");
        Files.write(small, randomCsv(new Random(1), 10));
        Path large = dir.resolve("large.csv");
        byte[] bytes = randomCsv(new Random(2), 200);
        try (var out = Files.newOutputStream(large)) {
            out.write(bytes);
            while (Files.size(large) < TableReaders.READ_AHEAD_BYTES) {
                out.write("x,1,2\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        try (TableReader s = TableReaders.open(small, LIMITS); TableReader l = TableReaders.open(large, LIMITS)) {
            assertThat(s).isInstanceOf(CsvTableReader.class);
            assertThat(l).isInstanceOf(ReadAheadTableReader.class);
        }
    }

    /** Every row's fields and the reader's row count and stop reason after it, then the same at the end. */
    private static List<String> trace(TableReader r) {
        List<String> lines = new ArrayList<>();
        try (r) {
            lines.add("header " + r.headerRowNumber() + " " + r.header());
            for (RawRow row = r.next(); row != null; row = r.next()) {
                lines.add(row.rowNumber() + " " + Arrays.toString(row.values()) + " " + Arrays.toString(row.numeric()) + " "
                        + row.damage() + " " + row.damageColumn() + " " + row.rows() + " | " + r.rowsRead() + " "
                        + r.stoppedPartWay());
            }
            lines.add("end " + r.rowsRead() + " " + r.stoppedPartWay());
        }
        return lines;
    }

    /**
     * A registrations-like file with the damage the CSV reader handles: quoted fields with commas and line breaks,
     * blank rows, too wide rows, over-long cells, a GBK line, a NUL byte and, now and then, an unclosed quote.
     */
    private static byte[] randomCsv(Random rnd, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Charset utf8 = StandardCharsets.UTF_8;
        out.writeBytes("统一社会信用代码,名称,登记机关,成立日期\n".getBytes(utf8));
        boolean unclosed = rnd.nextInt(4) == 0;
        for (int i = 0; i < rows; i++) {
            String line = switch (rnd.nextInt(40)) {
                case 0 -> "";
                case 1 -> ",,,";
                case 2 -> "a,b,c,d,e,f,g,h,i,j,k,l,m,n";
                case 3 -> "91350100M" + i + "," + "长".repeat(300) + ",x,2020-01-01";
                case 4 -> "\"91350100,M" + i + "\",\"有\n换行的名称\",福州,2021-02-03";
                case 5 -> "9135\u0000" + i + ",名称,福州,2021-02-03";
                default -> "91350100MA" + String.format("%08d", i) + ",福州示例" + i + "商行,鼓楼区市场监管局," + (2000 + i % 25)
                        + "-0" + (1 + i % 9) + "-1" + (i % 10);
            };
            if (rnd.nextInt(60) == 0) {
                out.writeBytes((line + ",").getBytes(Charset.forName("GBK")));
            } else {
                out.writeBytes(line.getBytes(utf8));
            }
            out.write('\n');
            if (unclosed && i == rows * 3 / 4) {
                out.writeBytes("91350100X,\"未闭合的引号\n".getBytes(utf8));
            }
        }
        return out.toByteArray();
    }

    private static Thread readingThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("read-ahead fake.csv"))
                .findFirst()
                .orElse(null);
    }

    /** Serves numbered rows, then fails with {@code failure} (or ends when it is null). */
    private static final class FakeTable implements TableReader {
        private final int rows;
        private final Throwable failure;
        private volatile int served;
        private volatile boolean closed;

        FakeTable(int rows, Throwable failure) {
            this.rows = rows;
            this.failure = failure;
        }

        @Override
        public String fileName() {
            return "fake.csv";
        }

        @Override
        public List<String> header() {
            return List.of("a");
        }

        @Override
        public int headerRowNumber() {
            return 1;
        }

        @Override
        public RawRow next() {
            if (served == rows) {
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                return null;
            }
            served++;
            return new RawRow(served + 1, new String[] {"v" + served}, new boolean[1]);
        }

        @Override
        public long rowsRead() {
            return served;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
