package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pending rows' order, computed without making ids, is the order of their FINDING_ID strings. */
class FindingLedgerIdOrderTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void idOrderIsTheOrderOfTheFindingIds(long seed) {
        Random rnd = new Random(seed);
        String[] keys = {"91350102MA2X", "P00", "美团|S", "M-", "ORG", "9", ":", "R13:"};
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            findings.add(new Finding(RuleCode.values()[rnd.nextInt(RuleCode.values().length)], SubjectType.ENTITY,
                    keys[rnd.nextInt(keys.length)] + rnd.nextInt(300), null, null, null, 1, null, null, null, null));
        }
        List<Finding> byString = new ArrayList<>(findings);
        byString.sort(Comparator.comparing(FindingLedger::findingId));
        findings.sort(FindingLedger.ID_ORDER);
        assertThat(findings).extracting(FindingLedger::findingId)
                .containsExactlyElementsOf(byString.stream().map(FindingLedger::findingId).toList());
    }
}
