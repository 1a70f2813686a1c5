/**
 * Synthetic input folders for the nightly job ({@code jobs/xgz generate}): all six sources of inputs.md, seeded
 * (same seed, size and options give byte-identical files) and streaming (about 350 MB of heap at any size).
 *
 * <p>Entry point: {@link cn.xgz.recon.generate.SyntheticDataGenerator#generate}. Output, besides the input files:
 * <ul>
 *   <li>{@code planted.csv}: every planted scenario copy with the rule it should (or should not) trigger, the
 *       subject key as findings name it (USCC, org code, {@code 平台|站点编号}, market id, or the person's ID number;
 *       hash it with {@code PersonKeys} to compare with findings), {@code fires}/{@code none}, and a detail
 *       (basis, metric, or the USCC a workplace must resolve to for rule {@code RESOLVE});</li>
 *   <li>{@code planted-rejects.csv}: with {@code --messy}, the (source, file, row, column, reason) of every bad
 *       row; every other row must load;</li>
 *   <li>{@code generation-summary.json}: options, rows per file, loaded rows per source, scenario copies and
 *       background counts.</li>
 * </ul>
 *
 * <p>How it works: entities come in blocks of 64 that share a county ({@link cn.xgz.recon.generate.Layout}); a
 * block's registrations, people, organisations, stations and markets are a pure function of (seed, block)
 * ({@link cn.xgz.recon.generate.BlockBuilder}), so registrations and the other sources are written by two
 * threads that each plan the blocks again, and nothing is held beyond one block. Trade names, USCCs and ID
 * numbers are bijections of their index, so they never collide; typo variants are planted only on names of
 * uncommon characters, so a one-character typo never comes as close to another registered name.
 */
package cn.xgz.recon.generate;
