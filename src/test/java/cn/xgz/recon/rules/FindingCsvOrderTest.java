package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** findings.csv order as outputs.md states it: rule_code, then region_code (blank first), then subject_key. */
class FindingCsvOrderTest {

    private static final Comparator<Finding> STATED = Comparator.comparing((Finding f) -> f.rule().name())
            .thenComparing(f -> f.regionCode() == null ? "" : f.regionCode())
            .thenComparing(Finding::subjectKey);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sortsAsStated(long seed) {
        Random rnd = new Random(seed);
        String[] regions = {null, "", "350102", "350103", "350200", "110101"};
        String[] keys = {"91350102MA2XXXXX1", "92350103MA2YYYY2", "P0001", "P0002", "M-07", "美团|S1", "ORG9"};
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            RuleCode rule = RuleCode.values()[rnd.nextInt(RuleCode.values().length)];
            findings.add(new Finding(rule, SubjectType.ENTITY, keys[rnd.nextInt(keys.length)] + rnd.nextInt(40), "某",
                    regions[rnd.nextInt(regions.length)], null, 1, null, "d", null, null));
        }
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(STATED);
        findings.sort(Finding.CSV_ORDER);
        assertThat(findings).containsExactlyElementsOf(expected);
    }
}
