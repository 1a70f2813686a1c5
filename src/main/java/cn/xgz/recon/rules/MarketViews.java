package cn.xgz.recon.rules;

import cn.xgz.recon.source.Market;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The 专业市场台账 sheet's rows: each ledger market with its operator, traders, member base and coverage. */
final class MarketViews {

    private MarketViews() {}

    static List<MarketView> of(RunFacts f) {
        List<MarketView> out = new ArrayList<>();
        List<Market> markets = f.data.markets();
        for (int m = 0; m < markets.size(); m++) {
            Market market = markets.get(m);
            int op = f.operatorOf(m);
            boolean operatorActive = op >= 0 && f.active.get(op);
            int base = (operatorActive ? f.memberBase(op) : 0) + f.marketTraderBase[m];
            out.add(new MarketView(market.marketId(), market.marketName(), market.category(), market.regionCode(),
                    market.operatorUscc(), op >= 0 ? f.regs.name(op) : null, op >= 0 && !operatorActive,
                    op >= 0 ? f.regs.status(op).label() : null,
                    market.stallCount(), f.marketTraders[m], base, op >= 0 ? f.coveringOrgCodes(op) : List.of()));
        }
        out.sort(Comparator.comparing(MarketView::marketId));
        return out;
    }
}
