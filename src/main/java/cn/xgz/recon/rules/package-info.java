/**
 * The rules engine: per-entity figures, rules R01–R13, joint-branch proposals and the half-year county figures
 * (spec/rules.md, spec/outputs.md), as plain Java behind {@link cn.xgz.recon.rules.Reconciler}.
 *
 * <p>Inputs: the loaded {@link cn.xgz.recon.source.SourceData}, a {@link cn.xgz.recon.rules.NameResolution}
 * aligned with the roster and the organisations' covered names, and the run date. Output: a
 * {@link cn.xgz.recon.rules.ReconciliationResult} whose findings have no status yet (the lifecycle step's job).
 *
 * <p>Readings taken where the contract leaves room (the acceptance sets agree with each of them):
 * <ul>
 *   <li>A rule needs every source its definition reads; without one it is skipped with a Chinese reason. R12
 *       needs the registrations and at least one of the roster or party-orgs (each part reads only its own).
 *       Entity rules do not need the market ledger: without it no entity is in scope as a market operator,
 *       which is recorded as a data-quality note.</li>
 *   <li>"Trades in a market" is the registration's own 所在市场编号, even when it is not in the ledger (the
 *       dangling reference is a data-quality note, the entity keeps its market_id).</li>
 *   <li>R04 RELATION_NOT_TRANSFERRED: "in party-orgs" means listed there, whatever its 状态; places of work are
 *       counties of the region table.</li>
 *   <li>A person's masked name comes from the roster, else their first rider row, else the registration that
 *       names them.</li>
 *   <li>R09 counts distinct registered covered units (by USCC and by resolved name); an unregistered covered USCC
 *       is neither active nor inactive, only a data-quality note.</li>
 *   <li>R10: a station's county is that of its first rider row, its name and operator the first non-blank ones.
 *       An unregistered operator USCC is not covered.</li>
 *   <li>Half-year: 专业市场已建党组织数 counts markets whose operator is registered, active and covered;
 *       网约配送员党员数 counts distinct (county, ID) pairs of active riders.</li>
 * </ul>
 */
package cn.xgz.recon.rules;
