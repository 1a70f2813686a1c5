package cn.xgz.recon.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jurisdiction's GB/T 2260 divisions (one province, its cities and counties), from a CSV with the columns
 * {@code code,name,level,parent_code}. Township rows (level 4) are ignored.
 */
public final class RegionTable {

    /** The classpath table of 福建省, the default jurisdiction. */
    public static final String DEFAULT_RESOURCE = "/reference/regions-350000.csv";

    private final Region province;
    private final Map<String, Region> byCode;
    private final List<Region> cities;
    private final List<Region> counties;

    private RegionTable(List<Region> regions) {
        Map<String, Region> map = new LinkedHashMap<>();
        Region prov = null;
        List<Region> cityList = new ArrayList<>();
        List<Region> countyList = new ArrayList<>();
        for (Region r : regions) {
            map.put(r.code(), r);
            switch (r.level()) {
                case 1 -> prov = r;
                case 2 -> cityList.add(r);
                case 3 -> countyList.add(r);
                default -> {}
            }
        }
        if (prov == null || countyList.isEmpty()) {
            throw new IllegalArgumentException("区划表缺少省级或县级记录");
        }
        cityList.sort((a, b) -> a.code().compareTo(b.code()));
        countyList.sort((a, b) -> a.code().compareTo(b.code()));
        this.province = prov;
        this.byCode = Collections.unmodifiableMap(map);
        this.cities = List.copyOf(cityList);
        this.counties = List.copyOf(countyList);
    }

    /** The table shipped with the project (福建省). */
    public static RegionTable fujian() {
        try (InputStream in = RegionTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table in the reference CSV layout (UTF-8, header row, no quoted commas). */
    public static RegionTable load(InputStream in) throws IOException {
        List<Region> regions = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                int level = Integer.parseInt(f[2].trim());
                if (level > 3) {
                    continue;
                }
                String parent = f.length > 3 && !f[3].isBlank() ? f[3].trim() : null;
                regions.add(new Region(f[0].trim(), f[1].trim(), level, parent));
            }
        }
        return new RegionTable(regions);
    }

    public Region province() {
        return province;
    }

    /** Cities (地级市) in code order. */
    public List<Region> cities() {
        return cities;
    }

    /** Counties (县级) in code order: the rows of the half-year form. */
    public List<Region> counties() {
        return counties;
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** A county-level code of this jurisdiction (what 行政区划代码 columns must hold). */
    public boolean isCounty(String code) {
        Region r = code == null ? null : byCode.get(code);
        return r != null && r.level() == 3;
    }

    /** The name of a code, or the code itself when unknown. */
    public String nameOf(String code) {
        Region r = code == null ? null : byCode.get(code);
        return r == null ? (code == null ? "" : code) : r.name();
    }

    /** All divisions, province first, then cities and counties in code order. */
    public List<Region> all() {
        List<Region> all = new ArrayList<>();
        all.add(province);
        all.addAll(cities);
        all.addAll(counties);
        return all;
    }
}
