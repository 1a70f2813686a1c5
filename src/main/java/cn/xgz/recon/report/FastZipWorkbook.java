package cn.xgz.recon.report;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streaming workbook with a faster sheet writer ({@link FastSheetDataWriter}) whose .xlsx package is deflated at
 * the fastest level: at province scale the default level
 * spent about two thirds of the workbook step in the deflater for a file only some 15% smaller.
 *
 * <p>Each sheet's rows are deflated as they are written ({@link DeflatedPart}); the package's sheet entry is that
 * deflated data as it is, between the sheet's own XML before and after {@code <sheetData>}, each deflated alone.
 * What the entry holds, inflated, is byte for byte what POI writes (which copies the rows' XML from the temporary file
 * into the zip and deflates it there).
 */
final class FastZipWorkbook extends SXSSFWorkbook {

    private static final byte[] OPEN_DATA = "<sheetData".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE_DATA = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

    private final boolean compressTempFiles;
    private final Map<Sheet, FastSheetDataWriter> writers = new IdentityHashMap<>();
    private FastSheetDataWriter created;

    FastZipWorkbook(int window, boolean compressTempFiles) {
        super(null, window, compressTempFiles, false);
        this.compressTempFiles = compressTempFiles;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        if (compressTempFiles) {
            return super.createSheetDataWriter();
        }
        created = new FastSheetDataWriter(getSharedStringSource());
        return created;
    }

    @Override
    public SXSSFSheet createSheet() {
        return registered(super.createSheet());
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        return registered(super.createSheet(name));
    }

    /** Remembers the writer the sheet was just made with. */
    private SXSSFSheet registered(SXSSFSheet sheet) {
        if (created != null) {
            writers.put(sheet, created);
            created = null;
        }
        return sheet;
    }

    /**
     * The sheet's data writer, for rows written without SXSSF's row objects ({@link FastSheetDataWriter#beginRow}),
     * or null where its text cells are not inline strings. Such rows go after every row SXSSF has flushed, so SXSSF's
     * own rows must be flushed first.
     */
    FastSheetDataWriter directRows(Sheet sheet) {
        FastSheetDataWriter w = writers.get(sheet);
        return w != null && w.inlineStrings() ? w : null;
    }

    boolean date1904() {
        return isDate1904();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zos = super.createArchiveOutputStream(out);
        zos.setLevel(Deflater.BEST_SPEED);
        return zos;
    }

    /**
     * As POI's, entry for entry in the same order and in the same zip layout ({@link OpcZip}), but a sheet's rows go in
     * already deflated.
     */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        if (compressTempFiles) {
            super.injectData(source, out);
            return;
        }
        OpcZip zip = new OpcZip(out);
        try {
            for (ZipArchiveEntry ze : Collections.list(source.getEntries())) {
                try (InputStream is = source.getInputStream(ze)) {
                    if (is instanceof ZipArchiveThresholdInputStream t) {
                        // As POI: sheets of repetitive data are not zip bombs.
                        t.setGuardState(false);
                    }
                    XSSFSheet sheet = getSheetFromZipEntryName(ze.getName());
                    if (sheet == null || sheet instanceof XSSFChartSheet) {
                        zip.deflated(ze.getName(), is);
                    } else {
                        FastSheetDataWriter rows = writers.get(getSheetAt(getXSSFWorkbook().getSheetIndex(sheet)));
                        if (rows == null) {
                            throw new IllegalStateException("工作表没有行数据写入器: " + ze.getName());
                        }
                        sheetEntry(zip, ze.getName(), is.readAllBytes(), rows);
                    }
                }
            }
            zip.finish();
        } finally {
            source.close();
        }
    }

    /**
     * The sheet's entry: its XML up to {@code <sheetData>}, the rows, and the rest, as POI's copyStreamAndInjectWorksheet
     * puts them together ({@code <sheetData/>} becomes {@code <sheetData>\n…</sheetData>}).
     */
    private static void sheetEntry(OpcZip zip, String name, byte[] xml, FastSheetDataWriter rows) throws IOException {
        // POI looks for the first "<sheetData" and takes it for <sheetData/> or <sheetData>.
        int at = indexOf(xml, OPEN_DATA, 0);
        byte[] head;
        byte[] tail;
        if (at >= 0 && at + 11 < xml.length && xml[at + 10] == '/' && xml[at + 11] == '>') {
            head = concat(Arrays.copyOf(xml, at), "<sheetData>\n".getBytes(StandardCharsets.US_ASCII));
            tail = concat(CLOSE_DATA, Arrays.copyOfRange(xml, at + 12, xml.length));
        } else {
            // A template with rows of its own: POI drops them for the streamed ones.
            int end = at >= 0 && at + 10 < xml.length && xml[at + 10] == '>' ? indexOf(xml, CLOSE_DATA, at) : -1;
            if (end < 0) {
                throw new IOException("工作表 XML 中没有 sheetData: " + name);
            }
            head = Arrays.copyOf(xml, at + 11);
            tail = Arrays.copyOfRange(xml, end, xml.length);
        }
        rows.close();
        DeflatedPart data = rows.part();
        byte[] headZ = DeflatedPart.deflate(head, false);
        byte[] tailZ = DeflatedPart.deflate(tail, true);
        long crc = DeflatedPart.combine(DeflatedPart.combine(crc(head), data.crc(), data.size()), crc(tail), tail.length);
        try (InputStream raw = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(headZ),
                new FileInputStream(rows.file()), new ByteArrayInputStream(tailZ))))) {
            zip.raw(name, crc, head.length + data.size() + tail.length, headZ.length + data.compressedSize() + tailZ.length,
                    raw);
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
