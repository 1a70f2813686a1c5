package cn.xgz.recon.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook (a workbook's styles cannot be shared with another). Every font is 等线, the CJK
 * font of Office on Chinese Windows (WPS and LibreOffice substitute their own CJK font), so that Chinese text never
 * falls back to a Latin font with borrowed glyphs of another width.
 */
final class Styles {

    static final String FONT = "等线";

    final CellStyle banner;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle link;
    final CellStyle backLink;
    /** A change in percentage points: signed, one decimal. */
    final CellStyle change;
    private final Map<Col.Kind, CellStyle> plain = new EnumMap<>(Col.Kind.class);
    private final Map<Col.Kind, CellStyle> shaded = new EnumMap<>(Col.Kind.class);
    private final Map<Col.Kind, CellStyle> bold = new EnumMap<>(Col.Kind.class);

    Styles(Workbook wb) {
        DataFormat fmt = wb.createDataFormat();
        // Font 0 is what unstyled cells and the column-width unit use.
        wb.getFontAt(0).setFontName(FONT);
        Font plainFont = font(wb);

        Font bannerFont = font(wb);
        bannerFont.setBold(true);
        bannerFont.setFontHeightInPoints((short) 14);
        bannerFont.setColor(IndexedColors.WHITE.getIndex());
        banner = wb.createCellStyle();
        banner.setFont(bannerFont);
        banner.setFillForegroundColor(IndexedColors.RED.getIndex());
        banner.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        banner.setAlignment(HorizontalAlignment.LEFT);

        Font titleFont = font(wb);
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(titleFont);

        Font small = font(wb);
        small.setFontHeightInPoints((short) 9);
        small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        subtitle = wb.createCellStyle();
        subtitle.setFont(small);

        Font boldFont = font(wb);
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        border(header);

        Font linkFont = font(wb);
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(linkFont);
        backLink = wb.createCellStyle();
        backLink.setFont(linkFont);
        backLink.setAlignment(HorizontalAlignment.RIGHT);
        backLink.setVerticalAlignment(VerticalAlignment.CENTER);

        change = body(wb, fmt, Col.Kind.PERCENT, false, plainFont);
        change.setDataFormat(fmt.getFormat("+0.0;-0.0;0.0"));
        for (Col.Kind k : Col.Kind.values()) {
            plain.put(k, body(wb, fmt, k, false, plainFont));
            shaded.put(k, body(wb, fmt, k, true, plainFont));
            bold.put(k, body(wb, fmt, k, false, boldFont));
        }
    }

    CellStyle body(Col.Kind kind) {
        return plain.get(kind);
    }

    CellStyle shaded(Col.Kind kind) {
        return shaded.get(kind);
    }

    CellStyle bold(Col.Kind kind) {
        return bold.get(kind);
    }

    private static CellStyle body(Workbook wb, DataFormat fmt, Col.Kind kind, boolean fill, Font font) {
        CellStyle s = wb.createCellStyle();
        switch (kind) {
            case COUNT -> s.setDataFormat(fmt.getFormat("#,##0"));
            case PLAIN -> s.setDataFormat(fmt.getFormat("0"));
            case SCORE -> s.setDataFormat(fmt.getFormat("0.000"));
            case PERCENT -> s.setDataFormat(fmt.getFormat("0.0"));
            case DATE -> s.setDataFormat(fmt.getFormat("yyyy-mm-dd"));
            case LONG_TEXT -> s.setWrapText(true);
            case TEXT -> s.setDataFormat(fmt.getFormat("@"));
        }
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (fill) {
            s.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (font != null) {
            s.setFont(font);
        }
        return s;
    }

    private static Font font(Workbook wb) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) 11);
        return f;
    }

    private static void border(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
