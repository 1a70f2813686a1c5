package cn.xgz.recon.generate;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic identifiers with valid check characters: USCCs (GB 32100) and 居民身份证号 (GB 11643). Both are
 * bijections of a serial number, so distinct serials never collide.
 */
final class Identities {

    /** USCC serials of registered entities are their index; these offsets keep other serials apart. */
    static final long UNREGISTERED_SERIAL_BASE = 400_000_000L;
    static final long JUNK_SERIAL_BASE = 700_000_000L;

    private static final int[] USCC_RADIX = {31, 31, 31, 31, 31, 31};

    /** Out-of-province county codes: birthplaces of migrant workers and homes of organisations elsewhere. */
    static final List<String> OUTSIDE_COUNTIES = List.of(
            "360102", "360121", "360402", "360702", "361102", "510104", "511102", "430102",
            "430602", "420102", "450102", "520102", "441502", "340102", "411302", "330102");

    /** Person pools: legal representatives and members are older than riders; seq ranges keep them apart. */
    enum Pool {
        SETTLED(LocalDate.of(1950, 1, 1), LocalDate.of(2003, 12, 31), 0, 600),
        RIDER(LocalDate.of(1972, 1, 1), LocalDate.of(2005, 12, 31), 600, 400);

        final LocalDate from;
        final int days;
        final int seqBase;
        final int seqCount;

        Pool(LocalDate from, LocalDate to, int seqBase, int seqCount) {
            this.from = from;
            this.days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
            this.seqBase = seqBase;
            this.seqCount = seqCount;
        }
    }

    private static final List<String> BIRTHPLACES;

    static {
        List<String> places = new ArrayList<>();
        for (Region r : RegionTable.fujian().counties()) {
            if (!r.code().equals("350527")) {
                places.add(r.code());
            }
        }
        places.addAll(OUTSIDE_COUNTIES);
        BIRTHPLACES = List.copyOf(places);
    }

    private Identities() {}

    /**
     * A valid USCC: 9 (registered by market supervision), the entity-type digit, the county, then nine
     * characters of which six encode the serial.
     */
    static String uscc(char typeDigit, String county, long serial, long key) {
        int[] d = new int[6];
        Mix.scramble(serial, USCC_RADIX, key ^ 0x0515CCL, d);
        char[] c = new char[18];
        c[0] = '9';
        c[1] = typeDigit;
        county.getChars(0, 6, c, 2);
        c[8] = 'M';
        c[9] = 'A';
        for (int k = 0; k < 6; k++) {
            c[10 + k] = UsccCode.ALPHABET.charAt(d[k]);
        }
        c[16] = UsccCode.ALPHABET.charAt((int) Math.floorMod(Mix.mix(serial, key), 31L));
        c[17] = UsccCode.checkChar(new String(c, 0, 17));
        return new String(c);
    }

    /** The same code with a wrong check character (for planted rejects). */
    static String breakCheckChar(String code) {
        char good = code.charAt(17);
        int i = UsccCode.ALPHABET.indexOf(good);
        return code.substring(0, 17) + UsccCode.ALPHABET.charAt((i + 7) % 31);
    }

    static long personCapacity(Pool pool) {
        return (long) pool.days * pool.seqCount * BIRTHPLACES.size();
    }

    /** The 18-character ID of person {@code index} of a pool: distinct indexes give distinct IDs. */
    static String idNumber(long index, Pool pool, long key) {
        int[] radix = {pool.days, pool.seqCount, BIRTHPLACES.size()};
        int[] d = new int[3];
        Mix.scramble(index, radix, key ^ (pool.ordinal() + 1) * 0x1D1DL, d);
        LocalDate birth = pool.from.plusDays(d[0]);
        int seq = pool.seqBase + d[1];
        StringBuilder sb = new StringBuilder(18);
        sb.append(BIRTHPLACES.get(d[2]));
        sb.append(birth.getYear());
        two(sb, birth.getMonthValue());
        two(sb, birth.getDayOfMonth());
        if (seq < 100) {
            sb.append('0');
        }
        if (seq < 10) {
            sb.append('0');
        }
        sb.append(seq);
        sb.append(IdNumber.checkChar(sb));
        return sb.toString();
    }

    /** The first-generation 15-digit form of an ID born in the 1900s, or null. */
    static String fifteen(String id18) {
        if (!id18.startsWith("19", 6)) {
            return null;
        }
        return id18.substring(0, 6) + id18.substring(8, 17);
    }

    /** The same ID with a wrong check character. */
    static String breakIdCheck(String id18) {
        char good = id18.charAt(17);
        String check = "10X98765432";
        int i = check.indexOf(good);
        return id18.substring(0, 17) + check.charAt((i + 3) % 11);
    }

    /** An ID whose birth date does not exist (month 13) but whose check character is right. */
    static String impossibleBirthDate(String id18) {
        String first17 = id18.substring(0, 10) + "13" + id18.substring(12, 17);
        return first17 + IdNumber.checkChar(first17);
    }

    /** An 11-digit mobile number starting with 1. */
    static String phone(long hash) {
        long h = Mix.mix(hash);
        char second = "35789".charAt((int) Math.floorMod(h, 5L));
        long rest = Math.floorMod(h >>> 8, 1_000_000_000L);
        String digits = Long.toString(rest);
        return "1" + second + "0".repeat(9 - digits.length()) + digits;
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}
