package cn.xgz.recon.generate;

import java.util.List;

/**
 * What a business does, as its name says it and as GB/T 4754-2017 codes it. Names and industry codes come from
 * the same row, so a 小吃店 is coded as catering and a 五金店 as hardware retail.
 */
final class Trades {

    /** One trade: the word in the name and its 4-digit industry code. */
    record Trade(String word, String code) {}

    /** Shop words of individual businesses (个体工商户): the word ends the name. */
    static final List<Trade> SHOPS = List.of(
            new Trade("小吃店", "6299"), new Trade("快餐店", "6220"), new Trade("饭店", "6210"),
            new Trade("茶室", "6231"), new Trade("超市", "5212"), new Trade("便利店", "5213"),
            new Trade("五金店", "5281"), new Trade("服装店", "5232"), new Trade("鲜肉店", "5224"),
            new Trade("果蔬店", "5223"), new Trade("理发店", "8040"), new Trade("洗衣店", "8030"),
            new Trade("货运部", "5431"), new Trade("水电安装部", "4910"), new Trade("电器维修部", "8132"),
            new Trade("摩托车维修部", "8113"), new Trade("通讯店", "5274"), new Trade("粮油店", "5221"),
            new Trade("茶叶店", "5226"), new Trade("鞋店", "5233"), new Trade("商行", "5299"),
            new Trade("摄影部", "8060"), new Trade("食品加工坊", "1499"), new Trade("家具店", "5283"),
            new Trade("文具店", "5241"), new Trade("建材店", "5289"), new Trade("美容店", "8040"),
            new Trade("药店", "5251"), new Trade("汽车修理厂", "8111"), new Trade("烟酒商行", "5226"));

    /** Industry words of enterprises: the word precedes the legal form (有限公司). */
    static final List<Trade> INDUSTRIES = List.of(
            new Trade("贸易", "5199"), new Trade("商贸", "5219"), new Trade("科技", "6513"),
            new Trade("信息技术", "6560"), new Trade("网络科技", "6490"), new Trade("电子商务", "5292"),
            new Trade("建材", "5165"), new Trade("装饰工程", "5012"), new Trade("物流", "5437"),
            new Trade("货运代理", "5821"), new Trade("餐饮管理", "6210"), new Trade("食品", "1499"),
            new Trade("茶业", "1530"), new Trade("服装", "1819"), new Trade("鞋业", "1959"),
            new Trade("电气工程", "4910"), new Trade("汽车维修", "8111"), new Trade("广告", "7259"),
            new Trade("培训", "8391"), new Trade("商务咨询", "7243"), new Trade("建筑工程", "4790"),
            new Trade("钢结构", "3311"), new Trade("美容美发", "8040"), new Trade("农业开发", "019"),
            new Trade("快递", "6020"), new Trade("印刷", "2319"), new Trade("塑料制品", "2929"),
            new Trade("家具", "2110"), new Trade("电子", "3990"), new Trade("物业管理", "7020"),
            new Trade("房地产经纪", "7030"), new Trade("人力资源", "7269"), new Trade("劳务", "7263"),
            new Trade("酒店管理", "6129"), new Trade("旅行社", "7291"), new Trade("供应链管理", "7224"));

    /** Farmers' cooperatives: the word precedes 专业合作社. */
    static final List<Trade> COOPERATIVES = List.of(
            new Trade("茶叶种植", "0164"), new Trade("蔬菜种植", "0141"), new Trade("水果种植", "0159"),
            new Trade("水产养殖", "0412"), new Trade("生猪养殖", "0313"), new Trade("食用菌种植", "0142"),
            new Trade("花卉种植", "0143"), new Trade("农机服务", "051"));

    /** The trade of market operators (专业市场开办者). */
    static final Trade MARKET_OPERATOR = new Trade("市场管理", "7223");
    /** The trade of delivery-station operators. */
    static final Trade STATION_OPERATOR = new Trade("城市配送", "5437");
    /** A section no other trade uses, so an entity in it has no packing partner in its county. */
    static final Trade LONELY = new Trade("文化传播", "9051");

    static final List<String> MARKET_CATEGORIES = List.of(
            "农贸市场", "钢材市场", "建材市场", "茶叶市场", "小商品市场", "水产品市场", "服装市场", "家具市场");

    private Trades() {}
}
