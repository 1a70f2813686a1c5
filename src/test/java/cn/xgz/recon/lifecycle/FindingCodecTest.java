package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingCodecTest {

    private static List<Finding> findings(Random rnd, int n) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Finding(RuleCode.values()[rnd.nextInt(RuleCode.values().length)],
                    SubjectType.values()[rnd.nextInt(SubjectType.values().length)], "K" + rnd.nextInt(1000),
                    rnd.nextBoolean() ? null : "名称" + i, rnd.nextBoolean() ? null : "350102",
                    rnd.nextBoolean() ? null : "SC" + i, rnd.nextLong(), rnd.nextBoolean() ? null : "ROSTER",
                    "说明：第" + i + "条", FindingStatus.values()[rnd.nextInt(FindingStatus.values().length)],
                    LocalDate.ofEpochDay(19_000 + rnd.nextInt(2_000))));
        }
        return list;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void decodesWhatItEncoded(long seed) {
        List<Finding> fs = findings(new Random(seed), 3_000);
        assertThat(FindingCodec.decode(FindingCodec.encode(fs))).containsExactlyElementsOf(fs);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void keyOnlyFindingsKeepRuleSubjectStatusAndFirstSeenAndTheOthersEverything(long seed) {
        List<Finding> fs = findings(new Random(seed), 3_000);
        List<Finding> decoded = FindingCodec.decode(FindingCodec.encode(fs), (rule, key) -> key.hashCode() % 3 == 0);
        assertThat(decoded).hasSameSizeAs(fs);
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            Finding d = decoded.get(i);
            if (f.subjectKey().hashCode() % 3 == 0) {
                assertThat(d).isEqualTo(new Finding(f.rule(), f.subjectType(), f.subjectKey(), null, null, null, 0,
                        null, null, f.status(), f.firstSeen()));
            } else {
                assertThat(d).isEqualTo(f);
            }
        }
    }
}
