package cn.xgz.recon.rules;

import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R01: a ledger market whose operator is registered-and-active or unregistered, and not covered. */
final class UncoveredMarketRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R01;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.MARKETS, Source.REGISTRATIONS, Source.PARTY_ORGS, Source.PARTY_MEMBERS,
                Source.ANNUAL_REPORTS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        List<Market> markets = f.data.markets();
        for (int m = 0; m < markets.size(); m++) {
            Market market = markets.get(m);
            int op = f.operatorOf(m);
            if (op >= 0 && (!f.active.get(op) || f.covered(op))) {
                continue; // an inactive operator's market is closed; a covered operator's market is covered
            }
            int operatorBase = op >= 0 ? f.memberBase(op) : 0; // an unregistered operator has no figures
            int metric = operatorBase + f.marketTraderBase[m];
            String detail = op >= 0
                    ? RuleTexts.r01Uncovered(market.marketName(), metric, operatorBase, f.marketTraderBase[m])
                    : RuleTexts.r01OperatorUnregistered(market.marketName(), metric, f.marketTraderBase[m], market.operatorUscc());
            out.add(new Finding(code(), SubjectType.MARKET, market.marketId(), market.marketName(),
                    market.regionCode(), market.marketId(), metric, null, detail, null, null));
        }
        return out;
    }
}
