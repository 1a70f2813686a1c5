/**
 * The sources' loaded rows (records such as {@link cn.xgz.recon.source.Registration}) and the column tables that hold
 * the two big sources for the rest of a run.
 *
 * <p>At province scale the registrations and annual reports are millions of rows that stay in memory from ingest to
 * the workbooks; as records of Strings a registration costs ~470 bytes. {@link cn.xgz.recon.source.RegistrationTable}
 * and {@link cn.xgz.recon.source.AnnualReportTable} keep them as columns, one array per field, indexed by row
 * position (the file order in which they were loaded):
 *
 * <table>
 *   <caption>Column layout</caption>
 *   <tr><th>kind</th><th>fields</th><th>bytes a row</th></tr>
 *   <tr><td>USCC: 18 Latin-1 bytes, end to end in one byte[] ({@link cn.xgz.recon.source.UsccColumn})</td>
 *       <td>uscc</td><td>18</td></tr>
 *   <tr><td>dictionary id: an int into the table's one dictionary of distinct strings; 0 is null</td>
 *       <td>regionCode, officeCode, officeName, industryCode, marketId, file (reports: file)</td><td>4 each</td></tr>
 *   <tr><td>enum: a byte, ordinal + 1; 0 is null</td><td>type, scale, status (reports: orgForm)</td><td>1 each</td></tr>
 *   <tr><td>date: an int epoch day; Integer.MIN_VALUE is null</td><td>established (reports: filedDate)</td><td>4</td></tr>
 *   <tr><td>int; Integer.MIN_VALUE is null where the field is nullable</td>
 *       <td>employees, row (reports: reportYear, partyMemberCount, row)</td><td>4 each</td></tr>
 *   <tr><td>居民身份证号 packed in a long: 17 digits × 11 + check (X = 10); -1 is null; -2 means the value does not
 *       fit that pattern and is kept as a String in a side map</td><td>legalRepId</td><td>8</td></tr>
 *   <tr><td>free text: UTF-16 chars end to end in 64K-char chunks, an int start offset per row (a value ends where
 *       the next starts and may cross a chunk boundary), a null bit</td>
 *       <td>name, legalRepName, address</td><td>4 + 2 a char</td></tr>
 *   <tr><td>two tri-state booleans in one byte (2 bits each: null, false, true)</td>
 *       <td>reports: legalRepIsMember, legalRepIsSecretary</td><td>1</td></tr>
 * </table>
 *
 * <p>A registration is ~77 bytes of fixed columns plus its text (a Chinese name of 10–20 characters, a 2–3
 * character legal representative; the nightly job keeps no 住所); an annual report ~38 bytes. A USCC that is not 18
 * Latin-1 characters is also kept aside as a String (ingest admits only valid ones, so the side maps stay empty).
 *
 * <p>Each table is also a {@code List} of its records, made one per {@code get}, so that the many readers of a few
 * rows and the tests read them as before. The passes over every row (the rules' per-entity facts, the position index,
 * name resolution, the person facts) read the columns and make no record; a dictionary column's accessor returns
 * the dictionary's own String, so reading it allocates nothing. A table is appended to by one thread while loading
 * and only read afterwards.
 *
 * <p>Growth: ingest creates a table with room for the rows it expects (the last run's count, else an estimate from
 * the file sizes, a sixteenth more), because every growth copies all fixed columns and, at province scale, those
 * copies of arrays of tens of MB were most of ingest's young-collection pauses. A fuller table still grows, by half;
 * {@code trimToSize} drops the spare room once all rows are in. Text chunks never move: a full chunk is kept and a
 * new one started, so only the offsets grow with the rows.
 */
package cn.xgz.recon.source;
