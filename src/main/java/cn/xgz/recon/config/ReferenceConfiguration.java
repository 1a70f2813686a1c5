package cn.xgz.recon.config;

import cn.xgz.recon.common.InvalidSettingException;
import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.match.MatchSettings;
import cn.xgz.recon.match.NameNormalizer;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference tables, the person-key secret and the matcher's settings, from configuration. */
@Configuration
@EnableConfigurationProperties(XgzProperties.class)
public class ReferenceConfiguration {

    @Bean
    RegionTable regionTable(XgzProperties props) throws IOException {
        return loadRegionTable(props);
    }

    /** The region table the settings name, checked against the province code (also for commands without a database). */
    public static RegionTable loadRegionTable(XgzProperties props) throws IOException {
        String location = props.regionTable();
        RegionTable table;
        if (location.startsWith("classpath:")) {
            try (InputStream in = RegionTable.class.getResourceAsStream(location.substring("classpath:".length()))) {
                if (in == null) {
                    throw new InvalidSettingException("xgz.region-table", location, "指向存在的区划表（classpath: 或文件路径）");
                }
                table = RegionTable.load(in);
            }
        } else {
            if (!Files.isRegularFile(Path.of(location))) {
                throw new InvalidSettingException("xgz.region-table", location, "指向存在的区划表（classpath: 或文件路径）");
            }
            try (InputStream in = Files.newInputStream(Path.of(location))) {
                table = RegionTable.load(in);
            }
        }
        if (!table.province().code().equals(props.provinceCode())) {
            throw new InvalidSettingException("xgz.province-code", props.provinceCode(),
                    "是区划表 " + location + " 的省级代码 " + table.province().code());
        }
        return table;
    }

    @Bean
    IndustryTable industryTable() {
        return IndustryTable.standard();
    }

    @Bean
    NameNormalizer nameNormalizer(RegionTable regions) {
        return new NameNormalizer(regions);
    }

    @Bean
    MatchSettings matchSettings(XgzProperties props) {
        XgzProperties.Match m = props.match();
        return new MatchSettings(m.threshold(), m.margin(), m.maxEdits(), m.minLength(), m.maxCandidates());
    }

    @Bean
    PersonKeys personKeys(XgzProperties props) {
        return PersonKeys.forInstallation(Path.of(props.dataDir()));
    }
}
