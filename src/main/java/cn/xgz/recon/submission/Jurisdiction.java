package cn.xgz.recon.submission;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.util.List;

/**
 * Whose submission this is (outputs.md, 谁报送什么): the province (the default) or one of its cities. The form and
 * the CSV hold the area's counties only, with a subtotal per city and a total.
 *
 * @param area the province or the city
 * @param cities the cities of the area (the city itself for a city)
 * @param counties the counties of the area, in code order
 */
public record Jurisdiction(Region area, List<Region> cities, List<Region> counties) {

    /** The setting that names the jurisdiction (env {@code XGZ_JURISDICTION}). */
    public static final String SETTING = "xgz.jurisdiction";

    public Jurisdiction {
        cities = List.copyOf(cities);
        counties = List.copyOf(counties);
    }

    /** The whole province. */
    public static Jurisdiction province(RegionTable regions) {
        return new Jurisdiction(regions.province(), regions.cities(), regions.counties());
    }

    /**
     * The jurisdiction a code names: blank or the province code for the province, a city code for that city.
     *
     * @param setting where the code came from ({@code xgz.jurisdiction} or {@code --region}), for the message
     * @throws IllegalArgumentException naming the setting, when the code is neither
     */
    public static Jurisdiction of(RegionTable regions, String code, String setting) {
        if (code == null || code.isBlank() || code.trim().equals(regions.province().code())) {
            return province(regions);
        }
        Region city = regions.find(code.trim()).filter(r -> r.level() == 2).orElseThrow(() -> new IllegalArgumentException(
                setting + " 的值 " + code.trim() + " 不是本省（" + regions.province().code() + " " + regions.province().name()
                        + "）或其地市的区划代码；可用的地市代码："
                        + String.join("、", regions.cities().stream().map(c -> c.code() + " " + c.name()).toList())));
        return new Jurisdiction(city, List.of(city), countiesOf(regions, city));
    }

    /** The counties of a city: those whose code starts with the city's first four digits (rules.md). */
    public static List<Region> countiesOf(RegionTable regions, Region city) {
        return regions.counties().stream().filter(c -> city.code().equals(Region.cityOf(c.code()))).toList();
    }

    public boolean isProvince() {
        return area.level() == 1;
    }
}
