package cn.xgz.recon.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    private static final RegionTable REGIONS = RegionTable.fujian();

    @Test
    void blankOrTheProvinceCodeIsTheWholeProvince() {
        for (String code : new String[] {null, "", " ", "350000"}) {
            Jurisdiction j = Jurisdiction.of(REGIONS, code, Jurisdiction.SETTING);
            assertThat(j.isProvince()).isTrue();
            assertThat(j.counties()).isEqualTo(REGIONS.counties());
            assertThat(j.cities()).isEqualTo(REGIONS.cities());
        }
    }

    @Test
    void aCityHoldsItsOwnCountiesOnly() {
        Jurisdiction j = Jurisdiction.of(REGIONS, "350200", "--region");
        assertThat(j.isProvince()).isFalse();
        assertThat(j.area().name()).isEqualTo("厦门市");
        assertThat(j.counties()).isNotEmpty().allMatch(c -> c.code().startsWith("3502"))
                .extracting(Region::name).contains("思明区", "湖里区");
        assertThat(REGIONS.counties().stream().filter(c -> c.code().startsWith("3502"))).hasSameSizeAs(j.counties());
    }

    @Test
    void aCountyAnotherProvinceOrNonsenseIsRefusedNamingTheSetting() {
        for (String code : new String[] {"350203", "110000", "35020", "厦门"}) {
            assertThatThrownBy(() -> Jurisdiction.of(REGIONS, code, "xgz.jurisdiction"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("xgz.jurisdiction 的值 " + code)
                    .hasMessageContaining("350200 厦门市");
        }
    }
}
