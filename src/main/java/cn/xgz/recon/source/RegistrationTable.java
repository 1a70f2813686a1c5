package cn.xgz.recon.source;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The loaded registrations as columns (layout in package-info): a province's millions of rows cost ~100 bytes each
 * here instead of ~470 as records of Strings. As a {@code List<Registration>} it makes a record per {@link #get}; the
 * per-entity passes read the columns ({@link #uscc}, {@link #regionCode}, {@link #isActiveOn}, …) and make none.
 * Appended to by one thread while loading, read-only afterwards.
 */
public final class RegistrationTable extends AbstractList<Registration> implements RandomAccess {

    private static final EntityType[] TYPES = EntityType.values();
    private static final EntityScale[] SCALES = EntityScale.values();
    private static final RegistrationStatus[] STATUSES = RegistrationStatus.values();
    static final long ID_NULL = -1;
    static final long ID_OTHER = -2; // the value is in idOthers

    private final Dictionary dict = new Dictionary();
    private final UsccColumn uscc;
    private final TextHeap name;
    private final TextHeap legalRepName;
    private final TextHeap address;
    private byte[] type;
    private byte[] scale;
    private byte[] status;
    private int[] regionCode;
    private int[] officeCode;
    private int[] officeName;
    private int[] industryCode;
    private int[] marketId;
    private int[] file;
    private int[] established; // epoch day
    private int[] employees;
    private int[] row;
    private long[] legalRepId;
    private final Map<Integer, String> idOthers = new HashMap<>();
    private int size;

    public RegistrationTable() {
        this(1024);
    }

    /** Sized for {@code capacity} rows (e.g. the last run's), so loading them copies no column; it grows past them. */
    public RegistrationTable(int capacity) {
        this(capacity, TextHeap.DEFAULT_CHUNK_BITS);
    }

    /** Tests shrink the text chunks to make values run over chunk boundaries. */
    RegistrationTable(int capacity, int chunkBits) {
        uscc = new UsccColumn(capacity);
        name = new TextHeap(capacity, chunkBits);
        legalRepName = new TextHeap(capacity, chunkBits);
        address = new TextHeap(capacity, chunkBits);
        allocate(Math.max(1, capacity));
    }

    /** {@code rows} itself when it is a table, else a table of the same rows. */
    public static RegistrationTable of(List<Registration> rows) {
        if (rows instanceof RegistrationTable t) {
            return t;
        }
        RegistrationTable t = new RegistrationTable();
        t.addAll(rows);
        t.trimToSize();
        return t;
    }

    private void allocate(int cap) {
        type = Columns.resized(type, cap);
        scale = Columns.resized(scale, cap);
        status = Columns.resized(status, cap);
        regionCode = Columns.resized(regionCode, cap);
        officeCode = Columns.resized(officeCode, cap);
        officeName = Columns.resized(officeName, cap);
        industryCode = Columns.resized(industryCode, cap);
        marketId = Columns.resized(marketId, cap);
        file = Columns.resized(file, cap);
        established = Columns.resized(established, cap);
        employees = Columns.resized(employees, cap);
        row = Columns.resized(row, cap);
        legalRepId = Columns.resized(legalRepId, cap);
    }

    @Override
    public boolean add(Registration r) {
        if (size == row.length) {
            allocate(Columns.grown(size));
        }
        int i = size;
        uscc.add(r.uscc());
        name.add(r.name());
        legalRepName.add(r.legalRepName());
        address.add(r.address());
        type[i] = Columns.ordinal(r.type());
        scale[i] = Columns.ordinal(r.scale());
        status[i] = Columns.ordinal(r.status());
        regionCode[i] = dict.id(r.regionCode());
        officeCode[i] = dict.id(r.officeCode());
        officeName[i] = dict.id(r.officeName());
        industryCode[i] = dict.id(r.industryCode());
        marketId[i] = dict.id(r.marketId());
        file[i] = dict.id(r.file());
        established[i] = r.established() == null ? Columns.NULL_INT : (int) r.established().toEpochDay();
        employees[i] = r.employees() == null ? Columns.NULL_INT : r.employees();
        row[i] = r.row();
        long packed = IdPacking.pack(r.legalRepId());
        if (packed == ID_OTHER) {
            idOthers.put(i, r.legalRepId());
        }
        legalRepId[i] = packed;
        size++;
        modCount++;
        return true;
    }

    /** Drops the spare room that growing left; call once the table is loaded. */
    public void trimToSize() {
        allocate(Math.max(1, size));
        uscc.trim();
        name.trim();
        legalRepName.trim();
        address.trim();
    }

    @Override
    public int size() {
        return size;
    }

    /** A record of row {@code pos}; the per-entity passes read the columns instead. */
    @Override
    public Registration get(int pos) {
        return new Registration(uscc(pos), name(pos), type(pos), scale(pos), regionCode(pos), officeCode(pos),
                officeName(pos), industryCode(pos), established(pos), status(pos), legalRepName(pos), legalRepId(pos),
                marketId(pos), employees(pos), address(pos), file(pos), row(pos));
    }

    private void check(int pos) {
        if (pos < 0 || pos >= size) {
            throw new IndexOutOfBoundsException(pos);
        }
    }

    public UsccColumn usccColumn() {
        return uscc;
    }

    public String uscc(int pos) {
        check(pos);
        return uscc.get(pos);
    }

    public String name(int pos) {
        check(pos);
        return name.get(pos);
    }

    public EntityType type(int pos) {
        return Columns.constant(TYPES, type[checked(pos)]);
    }

    public EntityScale scale(int pos) {
        return Columns.constant(SCALES, scale[checked(pos)]);
    }

    public String regionCode(int pos) {
        return dict.value(regionCode[checked(pos)]);
    }

    public String officeCode(int pos) {
        return dict.value(officeCode[checked(pos)]);
    }

    public String officeName(int pos) {
        return dict.value(officeName[checked(pos)]);
    }

    public String industryCode(int pos) {
        return dict.value(industryCode[checked(pos)]);
    }

    public LocalDate established(int pos) {
        int d = established[checked(pos)];
        return d == Columns.NULL_INT ? null : LocalDate.ofEpochDay(d);
    }

    public RegistrationStatus status(int pos) {
        return Columns.constant(STATUSES, status[checked(pos)]);
    }

    public String legalRepName(int pos) {
        check(pos);
        return legalRepName.get(pos);
    }

    public String legalRepId(int pos) {
        long packed = legalRepId[checked(pos)];
        return packed == ID_OTHER ? idOthers.get(pos) : IdPacking.unpack(packed);
    }

    /**
     * The 法定代表人 ID number as a key that is equal for equal 18-character ID numbers ({@link #idKey}), without
     * making a string; negative when it has none or when it is not such a number (read {@link #legalRepId} then).
     */
    public long legalRepIdKey(int pos) {
        return legalRepId[checked(pos)];
    }

    /** The key {@link #legalRepIdKey} gives an ID number; negative for null and for values that are not packed. */
    public static long idKey(String idNumber) {
        return IdPacking.pack(idNumber);
    }

    public boolean hasLegalRepId(int pos) {
        long packed = legalRepId[checked(pos)];
        return packed != ID_NULL && (packed != ID_OTHER || idOthers.get(pos) != null);
    }

    /** 所在市场编号: the dictionary's one instance of it, so reading it makes nothing. */
    public String marketId(int pos) {
        return dict.value(marketId[checked(pos)]);
    }

    public Integer employees(int pos) {
        int e = employees[checked(pos)];
        return e == Columns.NULL_INT ? null : e;
    }

    public String address(int pos) {
        check(pos);
        return address.get(pos);
    }

    public String file(int pos) {
        return dict.value(file[checked(pos)]);
    }

    public int row(int pos) {
        return row[checked(pos)];
    }

    /** As {@link Registration#isActiveOn}: 存续 and established on or before {@code runDate}. */
    public boolean isActiveOn(int pos, LocalDate runDate) {
        int i = checked(pos);
        return status[i] == Columns.ordinal(RegistrationStatus.ACTIVE) && established[i] <= runDate.toEpochDay();
    }

    /** Whether row {@code pos} was established after {@code day} (false when its 成立日期 is null). */
    public boolean establishedAfter(int pos, LocalDate day) {
        int d = established[checked(pos)];
        return d != Columns.NULL_INT && d > day.toEpochDay();
    }

    private int checked(int pos) {
        check(pos);
        return pos;
    }

    /** The bytes the columns hold (array lengths, the dictionary roughly): what a run's log reports. */
    public long heapBytes() {
        return uscc.heapBytes() + name.heapBytes() + legalRepName.heapBytes() + address.heapBytes() + dict.heapBytes()
                + idOthers.size() * 96L + 3L * type.length + 4L * 9 * row.length + 8L * legalRepId.length;
    }

    /** Rows the fixed columns have room for before they grow, for tests. */
    int capacity() {
        return row.length;
    }

    /** Distinct strings of the dictionary columns, for tests and the measurements. */
    int dictionarySize() {
        return dict.size();
    }
}
