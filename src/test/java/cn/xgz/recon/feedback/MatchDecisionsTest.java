package cn.xgz.recon.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchDecisionsTest {

    private static final LocalDate D = LocalDate.of(2025, 10, 1);
    private static final String A = "91350102MA2Y8X3K1L";
    private static final String B = "91350103MA2Y8X3K2M";

    static ManualMatch m(MatchVerdict v, String uscc, LocalDate date, long importId) {
        return new ManualMatch(NameSource.MEMBER_WORKPLACE, "福州某某贸易有限公司", "福州某某贸易有限公司", v, uscc, date, null,
                importId, 1);
    }

    @Test
    void theLatestConfirmOrAssignFixesTheName() {
        MatchDecisions d = MatchDecisions.on(List.of(m(MatchVerdict.CONFIRM, A, D.minusDays(3), 1),
                m(MatchVerdict.ASSIGN, B, D.minusDays(1), 2)), D);
        assertThat(d.fixedFor(NameSource.MEMBER_WORKPLACE, "福州某某贸易有限公司").uscc()).isEqualTo(B);
        assertThat(d.fixedFor(NameSource.ORG_COVERED, "福州某某贸易有限公司")).isNull();
    }

    @Test
    void aLaterRejectOfTheFixedPairUndoesItAndForbidsIt() {
        MatchDecisions d = MatchDecisions.on(List.of(m(MatchVerdict.CONFIRM, A, D.minusDays(3), 1),
                m(MatchVerdict.REJECT, A, D.minusDays(1), 2)), D);
        assertThat(d.fixedFor(NameSource.MEMBER_WORKPLACE, "福州某某贸易有限公司")).isNull();
        assertThat(d.forbiddenFor(NameSource.MEMBER_WORKPLACE, "福州某某贸易有限公司")).containsExactly(A);
    }

    @Test
    void decisionsDatedAfterTheRunDateDoNotApplyYet() {
        assertThat(MatchDecisions.on(List.of(m(MatchVerdict.ASSIGN, A, D.plusDays(1), 1)), D).isEmpty()).isTrue();
    }
}
