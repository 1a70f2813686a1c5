package cn.xgz.recon.report;

import static cn.xgz.recon.report.GapWorkbookWriterTest.headerRow;
import static cn.xgz.recon.report.GapWorkbookWriterTest.headers;
import static cn.xgz.recon.report.GapWorkbookWriterTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.MarketView;
import cn.xgz.recon.rules.RuleCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader sees when opening or printing a workbook: font, row heights, links back, dates, file mode. */
class WorkbookPresentationTest {

    @TempDir
    Path dir;

    private final GapWorkbookWriter writer = new GapWorkbookWriter();

    private XSSFWorkbook sample(boolean reveal) throws IOException {
        return read(writer.writeJurisdiction(Fixtures.sample(reveal), dir));
    }

    @Test
    void everyCellIsSetInACjkFont() throws IOException {
        try (XSSFWorkbook wb = sample(false)) {
            int cells = 0;
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(((XSSFCell) c).getCellStyle().getFont().getFontName())
                                .as("%s!%s", s.getSheetName(), c.getAddress()).isEqualTo("等线");
                        cells++;
                    }
                }
            }
            assertThat(cells).isGreaterThan(100);
            assertThat(wb.getFontAt(0).getFontName()).isEqualTo("等线");
        }
    }

    @Test
    void everySheetButTheSummaryLinksBackToIt() throws IOException {
        try (XSSFWorkbook wb = sample(false)) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(4);
            for (Sheet s : wb) {
                if (s.getSheetName().equals("汇总")) {
                    continue;
                }
                List<? extends Hyperlink> links = s.getHyperlinkList();
                assertThat(links).as(s.getSheetName()).anySatisfy(h -> {
                    assertThat(h.getType()).isEqualTo(HyperlinkType.DOCUMENT);
                    assertThat(h.getAddress()).isEqualTo("'汇总'!A1");
                    Cell c = s.getRow(h.getFirstRow()).getCell(h.getFirstColumn());
                    assertThat(c.getStringCellValue()).isEqualTo("← 返回汇总");
                });
            }
        }
    }

    @Test
    void aLongExplanationGetsARowTallEnoughToRead() throws IOException {
        try (XSSFWorkbook wb = sample(false)) {
            int checked = 0;
            for (Sheet s : wb) {
                if (s.getSheetName().equals("汇总")) {
                    continue;
                }
                int col = headers(s).indexOf("说明");
                for (int r = headerRow(s) + 1; col >= 0 && r <= s.getLastRowNum(); r++) {
                    Cell c = s.getRow(r).getCell(col);
                    if (c == null) {
                        continue;
                    }
                    int lines = TableWriter.linesOf(c.getStringCellValue());
                    assertThat(s.getRow(r).getHeightInPoints()).as("%s row %d", s.getSheetName(), r + 1)
                            .isGreaterThanOrEqualTo(lines * TableWriter.LINE_HEIGHT);
                    checked += lines > 1 ? 1 : 0;
                }
            }
            assertThat(checked).as("rows whose 说明 wraps").isPositive();
        }
    }

    @Test
    void r03ShowsTheMemberBaseOnce() throws IOException {
        try (XSSFWorkbook wb = sample(false)) {
            assertThat(headers(wb.getSheet(RuleCode.R03.sheetTitle())).stream().filter("党员底数"::equals)).hasSize(1);
        }
    }

    @Test
    void summaryCallsTheDivisorEntitiesCountedNotInScope() throws IOException {
        try (XSSFWorkbook wb = sample(false)) {
            Sheet s = wb.getSheet("汇总");
            StringBuilder all = new StringBuilder();
            s.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all.toString()).contains("纳入统计的经营主体数").doesNotContain("在范围");
        }
    }

    @Test
    void aDateFromTheFileNameIsPlainAndAModificationTimeIsLabelled() throws IOException {
        try (XSSFWorkbook wb = sample(false)) {
            String dates = wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(dates).contains("经营主体登记信息 2025-09-29；").contains("党员信息 2025-09-28（文件修改时间）");
        }
    }

    @Test
    void theDateInAFileNameWins() throws IOException {
        assertThat(SourceDates.dateInName("registrations-20250930.csv")).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(SourceDates.dateInName("annual-reports_2024_20250915.xlsx")).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(SourceDates.dateInName("registrations.csv")).isNull();
        assertThat(SourceDates.dateInName("registrations-20251345.csv")).isNull();
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("registrations-20250930.csv"), "x");
        Files.writeString(in.resolve("party-members.csv"), "x");
        var dates = SourceDates.scan(in, java.time.ZoneId.systemDefault());
        assertThat(dates.get(cn.xgz.recon.source.Source.REGISTRATIONS))
                .isEqualTo(new SourceDates.SourceDate(LocalDate.of(2025, 9, 30), true));
        assertThat(dates.get(cn.xgz.recon.source.Source.PARTY_MEMBERS).fromFileName()).isFalse();
    }

    @Test
    void aWorkbookWithPersonalDataIsReadableByItsOwnerOnly() throws IOException {
        Path revealed = writer.writeJurisdiction(Fixtures.sample(true), dir.resolve("revealed"));
        assertThat(Files.getPosixFilePermissions(revealed))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Path city = writer.writeCity(Fixtures.sample(true), "350100", dir.resolve("revealed"));
        assertThat(Files.getPosixFilePermissions(city)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void aMarketOperatorShowsItsActualRegistrationStatus() {
        MarketView closed = new MarketView("SC1", "市场", "农贸市场", "350102", "U", "开办公司", true, "注销", null, 0, 0, List.of());
        MarketView unregistered = new MarketView("SC2", "市场", "农贸市场", "350102", "U", null, false, null, null, 0, 0, List.of());
        assertThat(Labels.operatorStatus(closed)).isEqualTo("注销");
        assertThat(Labels.operatorStatus(unregistered)).isEqualTo("未登记");
    }
}
