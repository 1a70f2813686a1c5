package cn.xgz.recon.source;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The loaded annual reports as columns (layout in package-info), ~40 bytes a row. As a {@code List<AnnualReport>} it
 * makes a record per {@link #get}; the pass that reads every report uses the column accessors. Appended to by one
 * thread while loading, read-only afterwards.
 */
public final class AnnualReportTable extends AbstractList<AnnualReport> implements RandomAccess {

    private static final ReportedOrgForm[] FORMS = ReportedOrgForm.values();
    private static final int MEMBER_SHIFT = 0;
    private static final int SECRETARY_SHIFT = 2;

    private final Dictionary dict = new Dictionary();
    private final UsccColumn uscc;
    private int[] year;
    private int[] memberCount;
    private byte[] orgForm;
    private byte[] flags; // two bits each: 0 null, 1 false, 2 true — 法定代表人是否为党员 | 是否为书记
    private int[] filedDate;
    private int[] file;
    private int[] row;
    private int size;

    public AnnualReportTable() {
        this(1024);
    }

    /** Sized for {@code capacity} rows (e.g. the last run's), so loading them copies no column; it grows past them. */
    public AnnualReportTable(int capacity) {
        uscc = new UsccColumn(capacity);
        allocate(Math.max(1, capacity));
    }

    /** {@code rows} itself when it is a table, else a table of the same rows. */
    public static AnnualReportTable of(List<AnnualReport> rows) {
        if (rows instanceof AnnualReportTable t) {
            return t;
        }
        AnnualReportTable t = new AnnualReportTable(Math.max(1, rows.size()));
        t.addAll(rows);
        return t;
    }

    private void allocate(int cap) {
        year = Columns.resized(year, cap);
        memberCount = Columns.resized(memberCount, cap);
        orgForm = Columns.resized(orgForm, cap);
        flags = Columns.resized(flags, cap);
        filedDate = Columns.resized(filedDate, cap);
        file = Columns.resized(file, cap);
        row = Columns.resized(row, cap);
    }

    @Override
    public boolean add(AnnualReport r) {
        if (size == row.length) {
            allocate(Columns.grown(size));
        }
        int i = size;
        uscc.add(r.uscc());
        year[i] = r.reportYear();
        memberCount[i] = r.partyMemberCount();
        orgForm[i] = Columns.ordinal(r.orgForm());
        flags[i] = (byte) (flag(r.legalRepIsMember()) << MEMBER_SHIFT | flag(r.legalRepIsSecretary()) << SECRETARY_SHIFT);
        filedDate[i] = r.filedDate() == null ? Columns.NULL_INT : (int) r.filedDate().toEpochDay();
        file[i] = dict.id(r.file());
        row[i] = r.row();
        size++;
        modCount++;
        return true;
    }

    private static int flag(Boolean b) {
        return b == null ? 0 : b ? 2 : 1;
    }

    private static Boolean flag(int bits) {
        return switch (bits & 3) {
            case 1 -> Boolean.FALSE;
            case 2 -> Boolean.TRUE;
            default -> null;
        };
    }

    /** Drops the spare room that growing left; call once the table is loaded. */
    public void trimToSize() {
        allocate(Math.max(1, size));
        uscc.trim();
    }

    /** The bytes the columns hold (array lengths, the dictionary roughly): what a run's log reports. */
    public long heapBytes() {
        return uscc.heapBytes() + dict.heapBytes() + 2L * orgForm.length + 4L * 5 * row.length;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public AnnualReport get(int pos) {
        return new AnnualReport(uscc(pos), reportYear(pos), partyMemberCount(pos), orgForm(pos),
                legalRepIsMember(pos), legalRepIsSecretary(pos), filedDate(pos), file(pos), row(pos));
    }

    private int checked(int pos) {
        if (pos < 0 || pos >= size) {
            throw new IndexOutOfBoundsException(pos);
        }
        return pos;
    }

    public UsccColumn usccColumn() {
        return uscc;
    }

    public String uscc(int pos) {
        return uscc.get(checked(pos));
    }

    public int reportYear(int pos) {
        return year[checked(pos)];
    }

    public int partyMemberCount(int pos) {
        return memberCount[checked(pos)];
    }

    public ReportedOrgForm orgForm(int pos) {
        return Columns.constant(FORMS, orgForm[checked(pos)]);
    }

    public Boolean legalRepIsMember(int pos) {
        return flag(flags[checked(pos)] >> MEMBER_SHIFT);
    }

    public Boolean legalRepIsSecretary(int pos) {
        return flag(flags[checked(pos)] >> SECRETARY_SHIFT);
    }

    public LocalDate filedDate(int pos) {
        int d = filedDate[checked(pos)];
        return d == Columns.NULL_INT ? null : LocalDate.ofEpochDay(d);
    }

    public String file(int pos) {
        return dict.value(file[checked(pos)]);
    }

    public int row(int pos) {
        return row[checked(pos)];
    }

    /** Rows the columns have room for before they grow, for tests. */
    int capacity() {
        return row.length;
    }
}
