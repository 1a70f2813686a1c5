package cn.xgz.recon.generate;

/**
 * The edge cases the generator plants, a few copies each, on top of the background population (which produces
 * every rule at realistic rates). The constant name is the label reported in the generation summary. Each
 * declares how many entity slots, extra persons and organisation codes it needs, so the layout can place it in
 * a block with room for it.
 */
enum Scenario {
    // entity rules
    R02_ROSTER(1, 3, 0, "uncovered unit with exactly 3 full members in the roster"),
    R02_ANNUAL_REPORT(1, 1, 0, "1 roster member but the annual report says 4: eligible by the report"),
    R02_LEGALREP_COUNTS(1, 2, 0, "2 workplace members plus the legal representative in the roster"),
    R03_PREP_HEAVY(1, 4, 0, "1 full and 3 probationary members, report says 2: not eligible"),
    R03_M_PAIR(3, 3, 1, "market with two R03 stalls whose D sum to 3"),
    R03_M_PACK7(8, 7, 1, "market with seven R03 stalls of D 1"),
    R03_M_PACK2_LEFT(3, 2, 1, "market with two R03 stalls of D 1: cannot be packed"),
    R03_BLANK_SECTION(3, 3, 0, "three R03 units with a blank industry code"),
    R03_AREA_LEFTOVER(1, 1, 0, "R03 unit alone in its county and industry section"),
    R07_NO_ORG(1, 1, 0, "report says 党支部 but no organisation covers the unit"),
    R07_REVOKED(1, 3, 1, "report says 党支部, the only organisation is 撤销"),
    R07_FUTURE_ORG(1, 3, 1, "report says 党支部, the organisation is founded after the run date"),
    R08(1, 3, 1, "covered unit whose report says 未成立党组织"),
    R13_EST_DEC31(1, 0, 0, "established on 31 December of the required year, no report"),
    R13_NO_JAN1(1, 0, 0, "established on 1 January after the required year, no report: not required"),
    R13_JULY_BOUNDARY(1, 0, 0, "report for the year before the required year only: R13 from 1 July"),
    FUTURE_ESTABLISHED(1, 2, 0, "established after the run date, with members"),
    INACTIVE_WITH_MEMBERS(1, 2, 0, "revoked or cancelled unit with members"),
    MEDIUM_NOT_INSCOPE(1, 4, 0, "medium enterprise with 4 members, uncovered: not a subject"),
    MEDIUM_IN_MARKET(2, 2, 1, "medium enterprise trading in a market: in scope"),
    COOP_IN_MARKET(2, 1, 1, "cooperative trading in a market: in scope"),
    DANGLING_MARKET_REF(1, 0, 0, "所在市场编号 that is not in the markets ledger"),
    // markets
    MARKET_COV(4, 0, 1, "market whose operator is covered"),
    MARKET_UNCOV(4, 1, 0, "market whose operator is not covered"),
    MARKET_INACTIVE(4, 0, 0, "market whose operator is revoked"),
    MARKET_UNREG(3, 1, 0, "market whose operator is not registered"),
    R01_OPERATOR_HAS_MEMBERS(3, 2, 0, "uncovered market operator with 2 members"),
    // persons
    R04_NIR_RIDER(0, 1, 0, "active rider declares 中共党员, not in the roster"),
    R04_NIR_RIDER_PROB(0, 1, 0, "active rider declares 中共预备党员, not in the roster"),
    R04_NIR_LEGALREP(1, 0, 0, "report says the legal representative is a member, not in the roster"),
    R04_NIR_MULTI_LEGALREP(2, 0, 0, "same as above for a person representing two units"),
    R04_NIR_BOTH(1, 0, 0, "legal representative and rider, declared a member twice, not in the roster"),
    R04_NO_INACTIVE_RIDER(0, 1, 0, "rider who left (离职) declares 中共党员: no finding"),
    R04_NO_NOT_INSCOPE(1, 0, 0, "medium enterprise's report says its legal representative is a member: no finding"),
    R04_RNT_OTHER_CITY(1, 1, 0, "member working here, organisation in another city"),
    R04_RNT_OUTSIDE(1, 1, 0, "member working here, organisation not in party-orgs"),
    R04_RNT_VIA_RIDER(0, 1, 0, "member riding here, organisation in another city"),
    R04_NO_FLOWING(1, 1, 0, "flowing member, organisation outside: no finding"),
    R04_NO_NOT_WORKING(0, 1, 0, "member with no workplace and no rider record, organisation outside: no finding"),
    R04_NO_SAME_CITY(1, 1, 0, "member whose organisation is in another county of the same city: no finding"),
    R05_RIDER(0, 1, 0, "roster member riding as 群众"),
    R05_LEGAL_REP(1, 0, 0, "roster member whose unit's report says the legal representative is not a member"),
    R05_BOTH(1, 0, 0, "both of the above for one person"),
    R05_NO_INACTIVE(0, 1, 0, "roster member who left riding (离职) as 群众: no finding"),
    R05_OTHER_PARTY(0, 1, 0, "roster member riding as 民盟盟员"),
    R05_AND_R04_RNT(0, 1, 0, "roster member riding as 群众 with the organisation in another city"),
    RIDER_TWO_PLATFORMS(0, 1, 0, "one person riding for two platforms"),
    // organisations
    ORG_R09_SINGLE(1, 0, 1, "organisation whose only unit is cancelled"),
    ORG_R09_JOINT(3, 0, 1, "joint branch whose three units are all inactive"),
    ORG_R09_NO_MIXED(3, 0, 1, "joint branch with two inactive units and one active: no finding"),
    ORG_R11(7, 0, 1, "joint branch covering 6 or 7 units"),
    ORG_JOINT_FIVE(5, 0, 1, "joint branch covering exactly 5 units: no finding"),
    ORG_R12_COVERED_NAME(2, 0, 1, "joint branch with an unregistered covered name"),
    COVNAME_EXACT(1, 0, 1, "covered by its exact name"),
    COVNAME_LLC(1, 0, 1, "covered by name with 有限责任公司 for 有限公司"),
    COVNAME_PADD(1, 0, 1, "covered by name with a region prefix added"),
    COVNAME_PDROP(1, 0, 1, "covered by name with the region prefix dropped"),
    COVNAME_TYPO_SUB(1, 0, 1, "covered by name with one wrong character"),
    COVNAME_AMBIGUOUS(3, 0, 1, "joint branch with a covered name equally close to two registered names"),
    // stations
    R10_STATION(1, 5, 0, "station with 3 full-member riders, operator registered and uncovered"),
    R10_FOUR(1, 5, 0, "station with 2 roster and 2 declared full members"),
    R10_BLANK_OPERATOR(0, 3, 0, "station with 3 full-member riders and a blank operator"),
    R10_UNREG_OPERATOR(0, 3, 0, "station with 3 full-member riders and an unregistered operator"),
    R10_NO_COVERED(1, 3, 1, "station with 3 full-member riders whose operator is covered: no finding"),
    R10_NO_PROBATIONARY(1, 3, 0, "station with 2 full and 1 probationary member: no finding"),
    // workplace names
    PLANT_NAME_EXACT(1, 1, 0, "workplace written as registered"),
    PLANT_NAME_PADD(1, 1, 0, "workplace with a region prefix added"),
    PLANT_NAME_PDROP(1, 1, 0, "workplace with the region prefix dropped"),
    PLANT_NAME_LLC(1, 1, 0, "workplace with 有限责任公司/有限公司 swapped"),
    PLANT_NAME_FW(1, 1, 0, "workplace with half-width brackets"),
    PLANT_NAME_TYPO_SUB(1, 1, 0, "workplace with one wrong character"),
    PLANT_NAME_TYPO_INS(1, 1, 0, "workplace with one extra character"),
    PLANT_NAME_TYPO_DEL(1, 1, 0, "workplace with one missing character"),
    PLANT_NAME_USCC(1, 1, 0, "workplace USCC given"),
    PLANT_NAME_USCC_ABBR(1, 1, 0, "workplace USCC given with an abbreviated name"),
    PLANT_NAME_USCC_UNREG(1, 1, 0, "unregistered workplace USCC with the exact name"),
    NAME_AMBIGUOUS(2, 1, 0, "workplace equally close to two registered names"),
    NAME_UNREGISTERED(0, 1, 0, "workplace that is not registered"),
    NAME_PLATFORM(0, 1, 0, "workplace that is a delivery platform"),
    NAME_REGION_CONFLICT(1, 1, 0, "workplace naming another city than the registered unit's"),
    R12_NO_BLANK(0, 1, 0, "blank workplace: no R12");

    final int entities;
    final int persons;
    final int orgs;
    final String description;

    Scenario(int entities, int persons, int orgs, String description) {
        this.entities = entities;
        this.persons = persons;
        this.orgs = orgs;
        this.description = description;
    }

    /** Whether the scenario opens a market of its own. */
    boolean opensMarket() {
        return switch (this) {
            case R03_M_PAIR, R03_M_PACK7, R03_M_PACK2_LEFT, MEDIUM_IN_MARKET, COOP_IN_MARKET, MARKET_COV, MARKET_UNCOV,
                    MARKET_INACTIVE, MARKET_UNREG, R01_OPERATOR_HAS_MEMBERS -> true;
            default -> false;
        };
    }

    /** How many copies are planted in every data set. */
    int copies() {
        return switch (this) {
            case R03_M_PACK7, MARKET_UNREG -> 1;
            case R03_M_PAIR, R03_M_PACK2_LEFT, MEDIUM_IN_MARKET, COOP_IN_MARKET, MARKET_COV, MARKET_UNCOV,
                    MARKET_INACTIVE, R01_OPERATOR_HAS_MEMBERS, DANGLING_MARKET_REF -> 2;
            default -> 4;
        };
    }
}
