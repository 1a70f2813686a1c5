package cn.xgz.recon.rules;

import cn.xgz.recon.proposal.ProposalRow;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a nightly run concluded, before the lifecycle comparison: the input of findings.csv,
 * joint-branch-proposals.csv, the workbooks and the half-year figures. A pure function of the loaded sources,
 * the name resolution and the run date, so that a restarted run can recompute it exactly.
 *
 * @param findings every finding, without status or first_seen, in {@link Finding#CSV_ORDER}
 * @param proposals joint-branch proposals then unplaced R03 entities
 * @param markets the ledger's markets in 市场编号 order
 * @param counties one row per county of the region table, in code order
 * @param resolutions every name the run tried to resolve
 * @param skippedRules rules not run, with the Chinese reason (a source they need is missing)
 * @param platforms the half-year platform sheet: per county and platform, in code then platform order
 * @param absentSources sources without any file in the run: the half-year columns that need them are blank
 */
public record ReconciliationResult(
        LocalDate runDate,
        List<Finding> findings,
        List<ProposalRow> proposals,
        EntityFacts entities,
        List<MarketView> markets,
        List<CountyFigures> counties,
        List<NameResolutionRecord> resolutions,
        List<DataQualityNote> notes,
        Map<RuleCode, String> skippedRules,
        List<PlatformFigures> platforms,
        Set<Source> absentSources) {

    /** A result without platform figures and with every source present (report fixtures). */
    public ReconciliationResult(LocalDate runDate, List<Finding> findings, List<ProposalRow> proposals,
            EntityFacts entities, List<MarketView> markets, List<CountyFigures> counties,
            List<NameResolutionRecord> resolutions, List<DataQualityNote> notes, Map<RuleCode, String> skippedRules) {
        this(runDate, findings, proposals, entities, markets, counties, resolutions, notes, skippedRules, List.of(), Set.of());
    }
}
