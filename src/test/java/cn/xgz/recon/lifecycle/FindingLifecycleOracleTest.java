package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingLifecycleOracleTest {

    private static final LocalDate RUN = LocalDate.of(2025, 10, 1);

    private static Finding finding(Random rnd, FindingStatus status) {
        RuleCode rule = RuleCode.values()[rnd.nextInt(RuleCode.values().length)];
        // Few subjects, some containing '|', so that keys repeat across rules and runs.
        String subject = rnd.nextInt(20) == 0 ? "平台|S" + rnd.nextInt(5) : "S" + rnd.nextInt(60);
        String region = rnd.nextInt(5) == 0 ? null : "3501" + (10 + rnd.nextInt(5));
        return new Finding(rule, SubjectType.ENTITY, subject, "名称", region, null, rnd.nextInt(9), null, "说明",
                status, status == null ? null : LocalDate.of(2025, 1 + rnd.nextInt(9), 1));
    }

    /** The lifecycle as rules.md states it, keyed by the string rule|subject. */
    private static List<Finding> byStringKey(List<Finding> current, List<Finding> previous) {
        Map<String, Finding> before = new HashMap<>();
        for (Finding f : previous) {
            if (f.status() != FindingStatus.RESOLVED) {
                before.put(f.key(), f);
            }
        }
        List<Finding> out = new ArrayList<>();
        Set<String> now = new HashSet<>();
        for (Finding f : current) {
            now.add(f.key());
            Finding earlier = before.get(f.key());
            out.add(earlier == null ? f.withLifecycle(FindingStatus.NEW, RUN)
                    : f.withLifecycle(FindingStatus.OPEN, earlier.firstSeen()));
        }
        for (Finding f : previous) {
            if (f.status() != FindingStatus.RESOLVED && !now.contains(f.key())) {
                out.add(f.withLifecycle(FindingStatus.RESOLVED, f.firstSeen()));
            }
        }
        out.sort(Finding.CSV_ORDER);
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void marksNewOpenAndResolvedAsTheRuleSubjectKeySays(long seed) {
        Random rnd = new Random(seed);
        List<Finding> previous = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Finding f = finding(rnd, FindingStatus.values()[rnd.nextInt(FindingStatus.values().length)]);
            if (seen.add(f.key())) {
                previous.add(f);
            }
        }
        List<Finding> current = new ArrayList<>();
        seen.clear();
        for (int i = 0; i < 400; i++) {
            Finding f = finding(rnd, null);
            if (seen.add(f.key())) {
                current.add(f);
            }
        }
        List<Finding> result = FindingLifecycle.apply(current, previous, RUN);
        assertThat(result).containsExactlyElementsOf(byStringKey(current, previous));
        assertThat(result).extracting(Finding::status).contains(FindingStatus.NEW, FindingStatus.OPEN, FindingStatus.RESOLVED);
    }

    /**
     * What the history must change, as the streamed comparison finds it, against the two lists compared whole: a row
     * starts for each open finding that was not open before or says something else now, and ends for each resolved one.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void opensAndClosesInTheLedgerExactlyWhatChanged(long seed) {
        Random rnd = new Random(seed);
        List<Finding> previous = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Finding f = finding(rnd, FindingStatus.OPEN);
            if (seen.add(f.key())) {
                previous.add(f);
            }
        }
        List<Finding> current = new ArrayList<>();
        seen.clear();
        for (int i = 0; i < 400; i++) {
            // Half of them an earlier finding again, most unchanged, so that all three cases occur.
            Finding f = rnd.nextBoolean() ? finding(rnd, null) : unchanged(previous.get(rnd.nextInt(previous.size())));
            if (seen.add(f.key())) {
                current.add(f);
            }
        }
        FindingLifecycle.Result lc = FindingLifecycle.apply(current, previous, RUN, Set.of());

        Map<String, Finding> before = new HashMap<>();
        previous.forEach(f -> before.put(f.key(), f));
        List<Finding> opened = new ArrayList<>();
        List<Finding> closed = new ArrayList<>();
        for (Finding f : lc.reported()) {
            Finding earlier = before.get(f.key());
            if (f.status() == FindingStatus.RESOLVED) {
                closed.add(f);
            } else if (earlier == null || !FindingLedger.sameContent(earlier, f)) {
                opened.add(f);
            }
        }
        opened.sort(FindingLedger.ID_ORDER);
        closed.sort(FindingLedger.ID_ORDER);
        assertThat(lc.opened()).containsExactlyElementsOf(opened);
        assertThat(lc.closed()).containsExactlyElementsOf(closed);
        assertThat(lc.opened()).hasSizeLessThan(current.size()).extracting(Finding::status)
                .contains(FindingStatus.NEW, FindingStatus.OPEN);
        assertThat(lc.closed()).isNotEmpty();
    }

    private static Finding unchanged(Finding earlier) {
        return earlier.withLifecycle(null, null);
    }
}
