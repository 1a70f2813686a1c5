package cn.xgz.recon.generate;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Character pools for synthetic names. Trade names (字号) are drawn by a bijection of the entity index, so no
 * two entities share one; persons' names are random combinations. None of it is taken from real registers.
 */
final class NamePools {

    /** Characters that shop and company names favour. */
    private static final String NICE_TEXT = "鑫源达通辉晟瑾荣晶捷旭聪宝优阳满莲晖蕾怡彬洁莎玉秋拓沁鹰孝梁蓝煜森芝恒琳礼峰润焕桥谦"
            + "盛峻麟立橘锦溢栋洋钻茗禧卓川富泽绣沐璐冬蕴霜汐峨屹蓉远宇鹏飘巍祺苒越枫真启誉嘉豪腾飞凯佳欣悦雅博瑞祥和顺丰"
            + "茂兴旺隆昌盈鼎信诚德善仁义智勇毅诺航帆舟骏驰翔宏伟浩瀚涛澜泓沛霖雨露霞虹彩云霄星辰月朗晴晨曦晓昊昕暄曜"
            + "炜烨煌灿焱炫灵秀慧颖睿哲思致新创艺美乐康健泰宁静谐融汇聚众邦联友伦畅迅速递运途程驿岸峰岭岳崇嵩松柏桦"
            + "榕樟杉梓楠桐槐柳杨梅兰竹菊荷萱芷芸青碧翠绿紫金银铜铭锋锐钰珏琪瑶瑛璇琦珊瑚珍珠典雍容华贵尚品选精匠心益"
            + "民惠利家满堂春夏久长懿淳朴厚道一二三万千百方圆正中天地人合力同心创佳壹贰叁玖拾佰仟亿尊享悦居逸轩阁苑"
            + "朗俊彦菲凡卉蕊蓓莉莹萌萍薇芊芙苗茜菁蔚芮芬芳茵馨溪涵潇漫洁澄渊淼泊洲涌淳雯霏雪霓霁飒翊翎羽翼鸿鹤鸣凤"
            + "麒骐骁骥铠镜钧铎琛瑜璟珑琼璋瑄珂珀玮玥昀昭昱晗晔暖曼旻旸炅炯熙燊灏烁烽然煦熠燕舒悠恬恺愉慕憬惟承诗语"
            + "谊豫贤赢迈遥郁靖韵颂颢馥鲲鹭黎";

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
            + "万钱严覃武戴莫孔向汤";

    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆"
            + "帅旭宁颖倩婷雪慧琳晨欣佳怡梦瑶婧峰辉坤鹏飞龙林志国建文海荣春梅兰凤晶亮成德金福生永祥瑞清宏雯丹阳晓"
            + "思诗雨嘉子轩梓涵一诺可馨雅睿泽";

    /** Characters that must never open a trade name: a leading region name would be stripped by normalisation. */
    private static final String FORBIDDEN_EXTRA = "省市区县有限责任公司股份合作社专业死亡尸屎尿屁妓淫奸杀毒癌鬼魔贱娼";

    static final char[] NICE;
    static final char[] NICE_FIRST;
    /** GB2312 level-1 characters outside the nice pool and outside region names: typo-safe trade names. */
    static final char[] RARE;

    static {
        Set<Character> region = regionCharacters();
        Set<Character> nice = new LinkedHashSet<>();
        for (char c : NICE_TEXT.toCharArray()) {
            nice.add(c);
        }
        NICE = toArray(nice);
        Set<Character> first = new LinkedHashSet<>(nice);
        first.removeAll(region);
        for (char c : FORBIDDEN_EXTRA.toCharArray()) {
            first.remove(c);
        }
        NICE_FIRST = toArray(first);
        Set<Character> rare = new LinkedHashSet<>();
        Charset gb = Charset.forName("GB2312");
        for (int hi = 0xB0; hi <= 0xD7; hi++) {
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                String s = new String(new byte[] {(byte) hi, (byte) lo}, gb);
                if (s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN) {
                    rare.add(s.charAt(0));
                }
            }
        }
        rare.removeAll(nice);
        rare.removeAll(region);
        for (char c : FORBIDDEN_EXTRA.toCharArray()) {
            rare.remove(c);
        }
        for (char c : (SURNAMES + GIVEN).toCharArray()) {
            rare.remove(c);
        }
        RARE = toArray(rare);
    }

    private static final int[] RADIX3 = {NICE_FIRST.length, NICE.length, NICE.length};
    private static final int[] RADIX4 = {NICE_FIRST.length, NICE.length, NICE.length, NICE.length};
    private static final int[] RADIX_RARE = {RARE.length, RARE.length, RARE.length, RARE.length};

    private NamePools() {}

    /** A 3-character trade name, unique per index (individual businesses and cooperatives). */
    static String zihao3(long index, long key) {
        int[] d = new int[3];
        Mix.scramble(index, RADIX3, key ^ 0x3333L, d);
        return new String(new char[] {NICE_FIRST[d[0]], NICE[d[1]], NICE[d[2]]});
    }

    /** A 4-character trade name, unique per index (enterprises). */
    static String zihao4(long index, long key) {
        int[] d = new int[4];
        Mix.scramble(index, RADIX4, key ^ 0x4444L, d);
        return new String(new char[] {NICE_FIRST[d[0]], NICE[d[1]], NICE[d[2]], NICE[d[3]]});
    }

    /**
     * A 4-character trade name of uncommon characters, unique per index. Typo variants are only planted on these:
     * one wrong character cannot bring such a name as close to another registered name as to its own.
     */
    static String rare4(long index, long key) {
        int[] d = new int[4];
        Mix.scramble(index, RADIX_RARE, key ^ 0x5555L, d);
        return new String(new char[] {RARE[d[0]], RARE[d[1]], RARE[d[2]], RARE[d[3]]});
    }

    static long capacity3() {
        return Mix.capacity(RADIX3);
    }

    static long capacity4() {
        return Mix.capacity(RADIX4);
    }

    static char rareChar(long hash) {
        return RARE[(int) Math.floorMod(hash, (long) RARE.length)];
    }

    /** A synthetic person name: surname and one or two given-name characters. */
    static String personName(long hash) {
        long h = Mix.mix(hash);
        char s = SURNAMES.charAt((int) Math.floorMod(h, (long) SURNAMES.length()));
        char g1 = GIVEN.charAt((int) Math.floorMod(h >>> 16, (long) GIVEN.length()));
        if (((h >>> 40) & 3) == 0) {
            return new String(new char[] {s, g1});
        }
        char g2 = GIVEN.charAt((int) Math.floorMod(h >>> 28, (long) GIVEN.length()));
        return new String(new char[] {s, g1, g2});
    }

    private static Set<Character> regionCharacters() {
        Set<Character> out = new LinkedHashSet<>();
        for (Region r : RegionTable.fujian().all()) {
            for (char c : r.name().toCharArray()) {
                out.add(c);
            }
        }
        return out;
    }

    private static char[] toArray(Set<Character> set) {
        char[] a = new char[set.size()];
        int i = 0;
        for (char c : set) {
            a[i++] = c;
        }
        return a;
    }
}
