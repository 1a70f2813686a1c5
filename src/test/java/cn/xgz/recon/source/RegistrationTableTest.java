package cn.xgz.recon.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The column layout of package-info: every column gives back what was added, nulls and odd values included. */
class RegistrationTableTest {

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] REGIONS = {"330102", "330105", "330106", null};
    private static final String[] NAMES = {"杭州", "西湖", "区", "上城", "餐饮", "有限公司", "服务部", "（个体）", "a", ""};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 2025})
    void everyColumnRoundTripsIncludingNulls(long seed) {
        Random rnd = new Random(seed);
        List<Registration> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(randomRegistration(rnd, i));
        }
        RegistrationTable table = new RegistrationTable(4, 5); // small: growth and 32-char chunks are exercised
        rows.forEach(table::add);
        table.trimToSize();

        assertThat(table).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Registration r = rows.get(i);
            assertThat(table.get(i)).isEqualTo(r);
            assertThat(table.uscc(i)).isEqualTo(r.uscc());
            assertThat(table.name(i)).isEqualTo(r.name());
            assertThat(table.type(i)).isEqualTo(r.type());
            assertThat(table.scale(i)).isEqualTo(r.scale());
            assertThat(table.regionCode(i)).isEqualTo(r.regionCode());
            assertThat(table.officeCode(i)).isEqualTo(r.officeCode());
            assertThat(table.officeName(i)).isEqualTo(r.officeName());
            assertThat(table.industryCode(i)).isEqualTo(r.industryCode());
            assertThat(table.established(i)).isEqualTo(r.established());
            assertThat(table.status(i)).isEqualTo(r.status());
            assertThat(table.legalRepName(i)).isEqualTo(r.legalRepName());
            assertThat(table.legalRepId(i)).isEqualTo(r.legalRepId());
            assertThat(table.hasLegalRepId(i)).isEqualTo(r.legalRepId() != null);
            assertThat(table.marketId(i)).isEqualTo(r.marketId());
            assertThat(table.employees(i)).isEqualTo(r.employees());
            assertThat(table.address(i)).isEqualTo(r.address());
            assertThat(table.file(i)).isEqualTo(r.file());
            assertThat(table.row(i)).isEqualTo(r.row());
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000));
            if (r.established() != null) {
                assertThat(table.isActiveOn(i, day)).as("row %d on %s", i, day).isEqualTo(r.isActiveOn(day));
                assertThat(table.establishedAfter(i, day)).isEqualTo(r.established().isAfter(day));
            }
            assertThat(table.usccColumn().hash(i)).isEqualTo(r.uscc() == null ? 0 : r.uscc().hashCode());
        }
    }

    @Test
    void theListViewEqualsTheRecordsItWasMadeOf() {
        Random rnd = new Random(7);
        List<Registration> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(randomRegistration(rnd, i));
        }
        RegistrationTable table = RegistrationTable.of(rows);

        assertThat(table).isEqualTo(rows);
        assertThat(rows).isEqualTo(table);
        assertThat(table.hashCode()).isEqualTo(rows.hashCode());
        assertThat(new ArrayList<>(table)).containsExactlyElementsOf(rows);
        assertThat(table.subList(10, 20)).isEqualTo(rows.subList(10, 20));
        assertThat(RegistrationTable.of(table)).isSameAs(table);
        assertThat(new RegistrationTable()).isEqualTo(List.of());
    }

    @Test
    void repeatedStringsAreHeldOnceInTheDictionary() {
        RegistrationTable table = new RegistrationTable();
        Random rnd = new Random(11);
        List<Registration> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(randomRegistration(rnd, i));
        }
        rows.forEach(table::add);

        long distinct = rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.regionCode(), r.officeCode(), r.officeName(),
                        r.industryCode(), r.marketId(), r.file()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet())
                .size();
        assertThat(table.dictionarySize()).isEqualTo(distinct);
        int a = firstWithRegion(rows, "330102", 0);
        int b = firstWithRegion(rows, "330102", a + 1);
        assertThat(table.regionCode(a)).isSameAs(table.regionCode(b));
        assertThat(table.officeCode(a)).isNotEqualTo(table.regionCode(a)); // the columns keep their own ids
    }

    private static int firstWithRegion(List<Registration> rows, String region, int from) {
        for (int i = from; i < rows.size(); i++) {
            if (region.equals(rows.get(i).regionCode())) {
                return i;
            }
        }
        throw new AssertionError("no row with " + region);
    }

    @Test
    void textRunsOverChunkBoundariesAndSurvivesTrimmingThenAdding() {
        TextHeap heap = new TextHeap(2, 3); // 8-char chunks
        List<String> values = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int len = 0; len < 40; len++) {
            values.add(len % 7 == 3 ? null : sb.toString());
            sb.append(len % 2 == 0 ? '浙' : (char) ('a' + len % 26));
        }
        values.add("");
        values.add("𠀀汉"); // a surrogate pair: chars, not code points, are what the heap counts
        for (int i = 0; i < 20; i++) {
            heap.add(values.get(i));
        }
        heap.trim();
        for (int i = 20; i < values.size(); i++) {
            heap.add(values.get(i));
        }
        for (int i = 0; i < values.size(); i++) {
            assertThat(heap.get(i)).as("value %d", i).isEqualTo(values.get(i));
            assertThat(heap.isNull(i)).isEqualTo(values.get(i) == null);
        }
        heap.trim();
        for (int i = 0; i < values.size(); i++) {
            assertThat(heap.get(i)).as("value %d after trim", i).isEqualTo(values.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "110105194912310021", "000000000000000000", "99999999999999999X",
        "00000000000000001X"})
    void identityNumbersPackIntoALong(String id) {
        long packed = IdPacking.pack(id);
        assertThat(packed).isNotIn(RegistrationTable.ID_NULL, RegistrationTable.ID_OTHER);
        assertThat(IdPacking.unpack(packed)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002x", "110105491231002", "1101051949123100211", "A10105194912310021",
        "11010519491231002Y", "１10105194912310021", ""})
    void valuesThatDoNotPackAreKeptAsText(String id) {
        assertThat(IdPacking.pack(id)).isEqualTo(RegistrationTable.ID_OTHER);
        RegistrationTable table = new RegistrationTable();
        table.add(registration("91330100MA27XL0E2K", id, 1));
        table.add(registration("91330100MA27XL0E2K", "11010519491231002X", 2));
        table.add(registration("91330100MA27XL0E2K", null, 3));
        assertThat(table.legalRepId(0)).isEqualTo(id);
        assertThat(table.hasLegalRepId(0)).isTrue();
        assertThat(table.legalRepId(1)).isEqualTo("11010519491231002X");
        assertThat(table.legalRepId(2)).isNull();
        assertThat(table.hasLegalRepId(2)).isFalse();
    }

    @Test
    void usccsThatAreNotEighteenLatinCharactersAreKeptAside() {
        RegistrationTable table = new RegistrationTable(1, 16);
        List<String> usccs = new ArrayList<>();
        usccs.add("91330100MA27XL0E2K");
        usccs.add("U1");
        usccs.add(null);
        usccs.add("91330100MA27XL0E2汉");
        usccs.add("91330100MA27XL0E2KK");
        usccs.add("\u000091330100MA27XL0E2");
        for (int i = 0; i < usccs.size(); i++) {
            table.add(registration(usccs.get(i), null, i));
        }
        UsccColumn col = table.usccColumn();
        for (int i = 0; i < usccs.size(); i++) {
            String u = usccs.get(i);
            assertThat(table.uscc(i)).isEqualTo(u);
            assertThat(col.isNull(i)).isEqualTo(u == null);
            assertThat(col.hash(i)).isEqualTo(u == null ? 0 : u.hashCode());
            for (int j = 0; j < usccs.size(); j++) {
                boolean same = u != null && u.equals(usccs.get(j));
                assertThat(col.matches(i, usccs.get(j))).as("%d vs %d", i, j).isEqualTo(same);
                assertThat(col.matches(i, col, j)).as("%d vs row %d", i, j).isEqualTo(same);
            }
        }
        assertThat(col.matches(0, "91330100MA27XL0E2k")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void annualReportsRoundTripIncludingNulls(long seed) {
        Random rnd = new Random(seed);
        List<AnnualReport> rows = new ArrayList<>();
        Boolean[] tri = {null, Boolean.TRUE, Boolean.FALSE};
        for (int i = 0; i < 2000; i++) {
            rows.add(new AnnualReport(uscc(rnd), 2015 + rnd.nextInt(12), rnd.nextInt(5000),
                    pick(rnd, ReportedOrgForm.values(), true), tri[rnd.nextInt(3)], tri[rnd.nextInt(3)],
                    rnd.nextInt(5) == 0 ? null : LocalDate.of(2018, 1, 1).plusDays(rnd.nextInt(3000)),
                    rnd.nextBoolean() ? "annual-reports.csv" : "annual-reports-2.xlsx", rnd.nextInt(1_000_000)));
        }
        AnnualReportTable table = new AnnualReportTable(3);
        rows.forEach(table::add);
        table.trimToSize();

        assertThat(table).isEqualTo(rows);
        for (int i = 0; i < rows.size(); i++) {
            AnnualReport r = rows.get(i);
            assertThat(table.get(i)).isEqualTo(r);
            assertThat(table.uscc(i)).isEqualTo(r.uscc());
            assertThat(table.reportYear(i)).isEqualTo(r.reportYear());
            assertThat(table.partyMemberCount(i)).isEqualTo(r.partyMemberCount());
            assertThat(table.orgForm(i)).isEqualTo(r.orgForm());
            assertThat(table.legalRepIsMember(i)).isEqualTo(r.legalRepIsMember());
            assertThat(table.legalRepIsSecretary(i)).isEqualTo(r.legalRepIsSecretary());
            assertThat(table.filedDate(i)).isEqualTo(r.filedDate());
            assertThat(table.file(i)).isEqualTo(r.file());
            assertThat(table.row(i)).isEqualTo(r.row());
        }
        assertThat(AnnualReportTable.of(table)).isSameAs(table);
        assertThat(AnnualReportTable.of(rows)).isEqualTo(rows);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1024, 2999, 3000, 3001, 50_000})
    void aTableSizedSmallerOrLargerThanItsRowsHoldsEveryRow(int capacity) {
        Random rnd = new Random(capacity);
        List<Registration> registrations = new ArrayList<>();
        List<AnnualReport> reports = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            registrations.add(randomRegistration(rnd, i));
            reports.add(new AnnualReport(uscc(rnd), 2024, i, null, null, Boolean.TRUE, null, "annual-reports.csv", i));
        }
        RegistrationTable table = new RegistrationTable(capacity);
        AnnualReportTable reportTable = new AnnualReportTable(capacity);
        registrations.forEach(table::add);
        reports.forEach(reportTable::add);

        // Sized for at least its rows, a table does not grow (no column copied); sized for fewer, it grows past them.
        if (capacity >= 3000) {
            assertThat(table.capacity()).isEqualTo(capacity);
            assertThat(reportTable.capacity()).isEqualTo(capacity);
        }
        assertThat(table).isEqualTo(registrations);
        assertThat(reportTable).isEqualTo(reports);
        table.trimToSize();
        reportTable.trimToSize();
        assertThat(table.capacity()).isEqualTo(3000);
        assertThat(reportTable.capacity()).isEqualTo(3000);
        assertThat(table).isEqualTo(registrations);
        assertThat(reportTable).isEqualTo(reports);
    }

    private static Registration randomRegistration(Random rnd, int i) {
        String region = REGIONS[rnd.nextInt(REGIONS.length)];
        String office = region == null ? null : region + "0" + rnd.nextInt(3);
        return new Registration(uscc(rnd), text(rnd, 1 + rnd.nextInt(6)), pick(rnd, EntityType.values(), false),
                pick(rnd, EntityScale.values(), true), region, office, office == null ? null : "所" + office,
                rnd.nextInt(6) == 0 ? null : String.valueOf(10 + rnd.nextInt(80)),
                rnd.nextInt(20) == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(rnd.nextInt(13_000)),
                pick(rnd, RegistrationStatus.values(), false), rnd.nextInt(8) == 0 ? null : text(rnd, 1),
                legalRepId(rnd), rnd.nextInt(3) == 0 ? "M" + rnd.nextInt(40) : null,
                rnd.nextInt(4) == 0 ? null : rnd.nextInt(3) == 0 ? -rnd.nextInt(10) : rnd.nextInt(100_000),
                rnd.nextInt(3) == 0 ? null : text(rnd, 4), "registrations-" + rnd.nextInt(3) + ".csv", i + 2);
    }

    private static String legalRepId(Random rnd) {
        int kind = rnd.nextInt(10);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return "OTHER-" + rnd.nextInt(1000); // a passport or any text that does not pack
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 17; k++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        int check = rnd.nextInt(11);
        return sb.append(check == 10 ? 'X' : (char) ('0' + check)).toString();
    }

    private static String uscc(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 18; k++) {
            sb.append(USCC_CHARS.charAt(rnd.nextInt(USCC_CHARS.length())));
        }
        return sb.toString();
    }

    private static String text(Random rnd, int parts) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < parts; k++) {
            sb.append(NAMES[rnd.nextInt(NAMES.length)]);
        }
        return sb.toString();
    }

    private static <E> E pick(Random rnd, E[] values, boolean nullable) {
        int k = rnd.nextInt(values.length + (nullable ? 1 : 0));
        return k == values.length ? null : values[k];
    }

    private static Registration registration(String uscc, String legalRepId, int row) {
        return new Registration(uscc, "某某店", EntityType.INDIVIDUAL, null, "330102", "33010201", "西湖所", "52",
                LocalDate.of(2020, 1, 1), RegistrationStatus.ACTIVE, "张三", legalRepId, null, null, null,
                "registrations.csv", row);
    }
}
