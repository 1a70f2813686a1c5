package cn.xgz.recon.rules;

/**
 * The half-year platform sheet's figures for one county and platform (outputs.md, 半年报送): riders and stations
 * count in their station's county, as on the main form.
 *
 * @param platform 平台 as the rider register gives it (trimmed)
 * @param riders distinct active riders (by ID number)
 * @param riderMembers of those, the ones in the roster or declaring 中共党员/中共预备党员
 * @param stations stations (平台 + 配送站点编号)
 * @param coveredStations of those, the ones whose operator USCC is a covered entity
 */
public record PlatformFigures(String countyCode, String platform, int riders, int riderMembers, int stations,
        int coveredStations) {}
