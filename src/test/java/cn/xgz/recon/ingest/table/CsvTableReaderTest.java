package cn.xgz.recon.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.ingest.value.TextCleaner;
import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CHINESE = "平台,姓名,配送站点\n饿了么,韦娟德,饿了么思明区江滨3站\n美团,孔兰,美团鼓楼区北岭1站\n";

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8 with BOM", concat(BOM, CHINESE.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("UTF-8", CHINESE.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("GB18030", CHINESE.getBytes(Charset.forName("GB18030"))),
                Arguments.of("GBK", CHINESE.getBytes(Charset.forName("GBK"))),
                Arguments.of("GB18030 with CRLF", CHINESE.replace("\n", "\r\n").getBytes(Charset.forName("GB18030"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsEachAcceptedEncoding(String name, byte[] content) throws Exception {
        List<String[]> rows = readAll(write("riders.csv", content));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("平台", "姓名", "配送站点");
        assertThat(rows.get(2)).containsExactly("美团", "孔兰", "美团鼓楼区北岭1站");
    }

    @Test
    void aGbkLineInAUtf8FileIsABadRowAndReadingGoesOn() throws Exception {
        byte[] mixed = concat("平台,姓名\n饿了么,韦娟德\n".getBytes(StandardCharsets.UTF_8),
                "美团,孔兰\n".getBytes(Charset.forName("GBK")), "美团,张三\n".getBytes(StandardCharsets.UTF_8));
        try (TableReader r = TableReaders.open(write("riders-mixed.csv", mixed), ReadLimits.defaults())) {
            assertThat(r.next().values()).containsExactly("饿了么", "韦娟德");
            RawRow bad = r.next();
            assertThat(bad.rowNumber()).isEqualTo(3);
            assertThat(bad.damage()).contains("不符合文件编码（UTF-8）");
            assertThat(bad.values()[0]).as("the key columns stay readable").isNotNull();
            assertThat(r.next().values()).containsExactly("美团", "张三");
            assertThat(r.next()).isNull();
            assertThat(r.stoppedPartWay()).isNull();
        }
    }

    @Test
    void aFileReadableInNoEncodingIsRejectedWhole() throws Exception {
        byte[] mixed = ("a,b\nx,Caf\u00e9 M\u00fcller\ny,Caf\u00e9 Sch\u00f6n\n").getBytes(Charset.forName("windows-1252"));
        Path file = write("riders-mixed.csv", mixed);
        assertThatThrownBy(() -> TableReaders.open(file, ReadLimits.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("riders-mixed.csv")
                .hasMessageContaining("编码无法识别");
    }

    @Test
    void aUtf8BomFileWithAGbkLineRejectsThatLineOnly() throws Exception {
        byte[] mixed = concat(BOM, "平台,姓名\n".getBytes(StandardCharsets.UTF_8),
                "美团,孔兰\n".getBytes(Charset.forName("GBK")));
        try (TableReader r = TableReaders.open(write("riders.csv", mixed), ReadLimits.defaults())) {
            RawRow bad = r.next();
            assertThat(bad.rowNumber()).isEqualTo(2);
            assertThat(bad.damage()).contains("混用了多种编码");
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void rejectsBinaryData() throws Exception {
        Path file = write("registrations.csv", new byte[] {'a', 0, ',', 'b', '\n', 1, 0, 2, 0, (byte) 0x89, 'P', 'N'});
        assertThatThrownBy(() -> TableReaders.open(file, ReadLimits.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("registrations.csv")
                .hasMessageContaining("二进制");
    }

    @Test
    void aNulByteInOneRowIsABadRow() throws Exception {
        byte[] csv = concat("编号,名称\nA1,甲\n".getBytes(StandardCharsets.UTF_8), new byte[] {'A', '2', ',', 0, '\n'},
                "A3,丙\n".getBytes(StandardCharsets.UTF_8));
        try (TableReader r = TableReaders.open(write("markets.csv", csv), ReadLimits.defaults())) {
            assertThat(r.next().isDamaged()).isFalse();
            RawRow bad = r.next();
            assertThat(bad.rowNumber()).isEqualTo(3);
            assertThat(bad.damage()).contains("NUL");
            assertThat(bad.value(0)).isEqualTo("A2");
            assertThat(r.next().values()).containsExactly("A3", "丙");
        }
    }

    @Test
    void rejectsUtf16WithAClearMessage() throws Exception {
        Path file = write("markets.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "市场编号\n".getBytes(StandardCharsets.UTF_16LE)));
        assertThatThrownBy(() -> TableReaders.open(file, ReadLimits.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("UTF-16");
    }

    @Test
    void rowNumbersAreThePhysicalLinesWhereRecordsStart() throws Exception {
        String csv = "\n"                        // line 1: leading blank line
                + "编号,住所\n"                   // line 2: header
                + "A1,福州市\n"                   // line 3
                + ",\n"                          // line 4: blank row (separators only)
                + "A2,\"福州市\n鼓楼区\"\n"         // lines 5-6: quoted line break
                + "\u3000, \u200B\n"             // line 7: blank after cleaning
                + "\n"                           // line 8: empty line
                + "A3,厦门市\n";                  // line 9
        try (TableReader r = TableReaders.open(write("markets.csv", csv.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults())) {
            assertThat(r.headerRowNumber()).isEqualTo(2);
            assertThat(r.header()).containsExactly("编号", "住所");
            RawRow a1 = r.next();
            RawRow a2 = r.next();
            RawRow a3 = r.next();
            assertThat(r.next()).isNull();
            assertThat(List.of(a1.rowNumber(), a2.rowNumber(), a3.rowNumber())).containsExactly(3, 5, 9);
            assertThat(a2.values()).containsExactly("A2", "福州市\n鼓楼区");
            assertThat(r.rowsRead()).isEqualTo(3);
        }
    }

    @Test
    void parsesRfc4180QuotingAndKeepsBackslashes() throws Exception {
        String csv = "名称,住所\n\"鑫源\"\"达\"\"商行\",\"C:\\temp\\\"\n\"a,b\",\n";
        List<String[]> rows = readAll(write("registrations.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.get(1)).containsExactly("鑫源\"达\"商行", "C:\\temp\\");
        assertThat(rows.get(2)).containsExactly("a,b", null);
    }

    @Test
    void cleansCellsAndFoldsFullWidth() throws Exception {
        String csv = "\uFEFF代码,名称\n９１３５０１\u200B,\u00A0饿了么\u3000\n";
        List<String[]> rows = readAll(write("riders.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.get(0)).containsExactly("代码", "名称");
        assertThat(rows.get(1)).containsExactly("913501", "饿了么");
    }

    @Test
    void anUnclosedQuoteStopsReadingAndCountsTheRowsNotRead() throws Exception {
        String csv = "编号,住所\nA1,厦门市\nA2,\"福州市\nA3,厦门市\n\nA4,泉州市\n";
        try (TableReader r = TableReaders.open(write("markets.csv", csv.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults())) {
            assertThat(r.next().values()).containsExactly("A1", "厦门市");
            RawRow unread = r.next();
            assertThat(unread.rowNumber()).isEqualTo(3);
            assertThat(unread.rows()).as("lines 3, 4 and 6; the blank line 5 is no row").isEqualTo(3);
            assertThat(unread.damage()).contains("自第3行起未能读取（共 3 行）", "引号");
            assertThat(r.next()).isNull();
            assertThat(r.stoppedPartWay()).contains("引号未闭合");
            assertThat(r.rowsRead()).isEqualTo(4);
        }
    }

    @Test
    void anUnclosedQuoteStopsAtTheRecordLineLimit() throws Exception {
        StringBuilder csv = new StringBuilder("编号,住所\nA1,\"福州市\n");
        for (int i = 0; i < 50; i++) {
            csv.append("A").append(i).append(",厦门市\n");
        }
        Path file = write("markets.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        ReadLimits limits = new ReadLimits(1 << 20, 1000, 50, 1000, 1000, 10);
        try (TableReader r = TableReaders.open(file, limits)) {
            RawRow unread = r.next();
            assertThat(unread.rows()).isEqualTo(51);
            assertThat(unread.damage()).contains("超过 10 行");
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void theRowLimitStopsReadingAndCountsTheRest() throws Exception {
        Path file = write("markets.csv", "编号\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8));
        try (TableReader r = TableReaders.open(file, new ReadLimits(1 << 20, 2, 50, 1000, 1000, 10))) {
            r.next();
            r.next();
            RawRow unread = r.next();
            assertThat(unread.rowNumber()).isEqualTo(4);
            assertThat(unread.rows()).isEqualTo(2);
            assertThat(unread.damage()).contains("行数超过上限 2");
            assertThat(r.next()).isNull();
            assertThat(r.stoppedPartWay()).contains("行数超过上限 2");
        }
    }

    @Test
    void aTooWideRowIsABadRowAndReadingGoesOn() throws Exception {
        Path file = write("markets.csv", ("a,b,c\n1,2,3" + ",".repeat(250) + "\n4,5,6\n").getBytes(StandardCharsets.UTF_8));
        try (TableReader r = TableReaders.open(file, new ReadLimits(1 << 20, 100, 200, 1000, 1000, 10))) {
            RawRow bad = r.next();
            assertThat(bad.rowNumber()).isEqualTo(2);
            assertThat(bad.damage()).contains("253 列", "超过上限 200 列");
            assertThat(bad.values()).as("the header's columns, to find the key").containsExactly("1", "2", "3");
            assertThat(r.next().values()).containsExactly("4", "5", "6");
        }
    }

    @Test
    void aTooWideHeaderRejectsTheFile() throws Exception {
        Path file = write("markets.csv", "a,b,c,d\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(file, new ReadLimits(1 << 20, 100, 3, 1000, 1000, 10)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("表头行无法可靠读取")
                .hasMessageContaining("超过上限 3 列");
    }

    @Test
    void anOverLongCellIsABadRowNamingItsColumn() throws Exception {
        Path file = write("markets.csv", ("a,b\n1,\"" + "x\n".repeat(30) + "\"\n2,y\n").getBytes(StandardCharsets.UTF_8));
        try (TableReader r = TableReaders.open(file, new ReadLimits(1 << 20, 100, 3, 40, 1000, 100))) {
            RawRow bad = r.next();
            assertThat(bad.damage()).contains("第2列超过 40 个字符");
            assertThat(bad.damageColumn()).isEqualTo(1);
            assertThat(r.next().values()).containsExactly("2", "y");
        }
    }

    @Test
    void anOverLongLineIsABadRowAndReadingGoesOn() throws Exception {
        Path file = write("markets.csv", ("a\n" + "x".repeat(200) + "\nok\n").getBytes(StandardCharsets.UTF_8));
        try (TableReader r = TableReaders.open(file, new ReadLimits(1 << 20, 100, 3, 1000, 100, 10))) {
            RawRow bad = r.next();
            assertThat(bad.rowNumber()).isEqualTo(2);
            assertThat(bad.damage()).contains("超过 100 字节的行长上限");
            assertThat(r.next().values()).containsExactly("ok");
        }
    }

    @Test
    void enforcesTheFileSizeLimit() throws Exception {
        Path file = write("markets.csv", "编号\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(file, new ReadLimits(5, 100, 3, 1000, 100, 10)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("超过上限 5 字节");
    }

    @Test
    void anEmptyFileHasNoHeader() throws Exception {
        Path file = write("markets.csv", "\n \n,,\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("没有表头");
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws Exception {
        List<String[]> rows = readAll(write("markets.csv", "市场编号,市场名称\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).hasSize(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void utf8CellsAreThoseOfOpenCsvOnTheDecodedLine(long seed) throws Exception {
        // Quote-free lines are split from their bytes; lines with a quoted cell still go to OpenCSV.
        String[] pieces = {"", ",", ",,", " ", "a", "福州", "92350111MA9HL00037", "\u3000", "\t", "'", "\\", "x y",
            "\u200B", "ＡＢ１", "😀", "é", "\u00A0", "=1+2"};
        Random rnd = new Random(seed);
        RFC4180Parser reference = new RFC4180ParserBuilder().build();
        StringBuilder csv = new StringBuilder("h1,h2,h3\n");
        List<String[]> expected = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int k = rnd.nextInt(20); k > 0; k--) {
                line.append(pieces[rnd.nextInt(pieces.length)]);
            }
            if (rnd.nextInt(5) == 0) {
                line.append(",\"").append(pieces[rnd.nextInt(pieces.length)]).append(",\"\"x\"");
            }
            String[] cells = reference.parseLineMulti(line.toString());
            boolean blank = true;
            for (int c = 0; c < cells.length; c++) {
                cells[c] = TextCleaner.clean(cells[c]);
                blank &= cells[c] == null;
            }
            if (!blank) {
                expected.add(cells);
            }
            csv.append(line).append(rnd.nextBoolean() ? "\n" : "\r\n");
        }
        List<String[]> rows = readAll(write("markets.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.subList(1, rows.size())).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(rows.get(i + 1)).as("row %d", i).containsExactly(expected.get(i));
        }
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private static List<String[]> readAll(Path file) {
        return readAll(file, ReadLimits.defaults());
    }

    /** The header followed by every data row. */
    private static List<String[]> readAll(Path file, ReadLimits limits) {
        try (TableReader r = TableReaders.open(file, limits)) {
            List<String[]> rows = new ArrayList<>();
            rows.add(r.header().toArray(String[]::new));
            RawRow row;
            while ((row = r.next()) != null) {
                rows.add(Arrays.copyOf(row.values(), row.values().length));
            }
            return rows;
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
