package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingPositionsTest {

    private static Finding finding(RuleCode rule, String subject) {
        return new Finding(rule, SubjectType.ENTITY, subject, null, null, null, 0, null, null, null, null);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void findsEachKeyAtItsFirstPositionAndNothingElse(long seed) {
        Random rnd = new Random(seed);
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> expected = new HashMap<>();
        // The same subjects under several rules, and repeats: a key is the rule with the subject.
        for (int i = 0; i < 5_000; i++) {
            Finding f = finding(RuleCode.values()[rnd.nextInt(4)], "91350102MA" + rnd.nextInt(3_000));
            expected.putIfAbsent(f.rule() + "|" + f.subjectKey(), findings.size());
            findings.add(f);
        }
        FindingPositions index = FindingPositions.of(findings);
        for (RuleCode rule : RuleCode.values()) {
            for (int s = 0; s < 3_100; s++) {
                String subject = "91350102MA" + s;
                assertThat(index.get(rule, subject)).as("%s %s", rule, subject)
                        .isEqualTo(expected.getOrDefault(rule + "|" + subject, -1));
            }
        }
    }

    @Test
    void anEmptyListFindsNothing() {
        assertThat(FindingPositions.of(List.of()).get(RuleCode.R01, "x")).isEqualTo(-1);
    }
}
