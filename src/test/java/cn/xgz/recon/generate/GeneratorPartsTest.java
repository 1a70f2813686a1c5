package cn.xgz.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorPartsTest {

    @Nested
    class Scramble {

        @ParameterizedTest
        @ValueSource(longs = {0, 1, 42, -7, 123_456_789})
        void isABijectionOfItsWholeSpace(long key) {
            int[] radix = {7, 5, 11};
            Set<String> seen = new HashSet<>();
            int[] d = new int[3];
            for (long v = 0; v < 7 * 5 * 11; v++) {
                Mix.scramble(v, radix, key, d);
                assertThat(d[0]).isBetween(0, 6);
                assertThat(d[1]).isBetween(0, 4);
                assertThat(d[2]).isBetween(0, 10);
                seen.add(d[0] + "," + d[1] + "," + d[2]);
            }
            assertThat(seen).hasSize(7 * 5 * 11);
        }
    }

    @Nested
    class Codes {

        @ParameterizedTest
        @ValueSource(longs = {0, 1, 63, 64, 6_999_999, Identities.UNREGISTERED_SERIAL_BASE, Identities.JUNK_SERIAL_BASE})
        void usccHasTheEntityTypeCountyAndAValidCheckCharacter(long serial) {
            String code = Identities.uscc('2', "350102", serial, 99);
            assertThat(code).hasSize(18).startsWith("92350102MA");
            assertThat(UsccCode.check(code)).isNull();
            assertThat(UsccCode.check(Identities.breakCheckChar(code))).isEqualTo(UsccCode.Problem.CHECK_CHARACTER);
        }

        @Test
        void distinctSerialsNeverShareAUscc() {
            Set<String> codes = new HashSet<>();
            for (long s = 0; s < 200_000; s++) {
                codes.add(Identities.uscc('1', "350102", s, 5).substring(10, 16));
            }
            assertThat(codes).hasSize(200_000);
        }

        @ParameterizedTest
        @EnumSource(Identities.Pool.class)
        void idNumbersAreValidDistinctAndInThePoolsBirthRange(Identities.Pool pool) {
            Set<String> ids = new HashSet<>();
            for (long p = 0; p < 50_000; p++) {
                String id = Identities.idNumber(p * 511, pool, 3);
                assertThat(IdNumber.parse(id).problem()).as(id).isNull();
                int year = Integer.parseInt(id.substring(6, 10));
                assertThat(year).isBetween(pool.from.getYear(), 2005);
                ids.add(id);
            }
            assertThat(ids).hasSize(50_000);
        }

        @Test
        void personNumbersOfTheLargestDataSetFitBothPools() {
            long persons = GeneratorOptions.MAX_ENTITIES / Layout.BLOCK * Layout.PERSON_SLOTS + Layout.PERSON_SLOTS;
            for (Identities.Pool pool : Identities.Pool.values()) {
                assertThat(Identities.personCapacity(pool)).isGreaterThan(persons);
            }
        }

        @Test
        void fifteenDigitFormUpgradesBackToTheSameId() {
            String id = Identities.idNumber(12345, Identities.Pool.SETTLED, 1);
            String old = Identities.fifteen(id);
            if (old != null) {
                assertThat(IdNumber.parse(old).value()).isEqualTo(id);
            }
            String born1900s = "350102198001011234".substring(0, 17);
            String full = born1900s + IdNumber.checkChar(born1900s);
            assertThat(IdNumber.parse(Identities.fifteen(full)).value()).isEqualTo(full);
            assertThat(Identities.fifteen("350102200101011234")).isNull();
        }

        @Test
        void brokenIdsFailForTheIntendedReason() {
            String id = Identities.idNumber(777, Identities.Pool.RIDER, 1);
            assertThat(IdNumber.parse(Identities.breakIdCheck(id)).problem()).isEqualTo(IdNumber.Problem.CHECK_CHARACTER);
            assertThat(IdNumber.parse(Identities.impossibleBirthDate(id)).problem())
                    .isEqualTo(IdNumber.Problem.BIRTH_DATE);
        }

        @ParameterizedTest
        @ValueSource(longs = {0, 1, 2, 99, 123_456_789_012L})
        void phonesAreElevenDigitsStartingWithOne(long hash) {
            assertThat(Identities.phone(hash)).matches("1[35789]\\d{9}");
        }
    }

    @Nested
    class Names {

        @Test
        void tradeNamesAreUniqueAcrossAMillionEntities() {
            Set<String> three = new HashSet<>();
            Set<String> four = new HashSet<>();
            for (long i = 0; i < 1_000_000; i++) {
                three.add(NamePools.zihao3(i, 17));
                four.add(NamePools.zihao4(i, 17));
            }
            assertThat(three).hasSize(1_000_000);
            assertThat(four).hasSize(1_000_000);
        }

        @Test
        void tradeNameSpacesHoldTheLargestDataSet() {
            assertThat(NamePools.capacity3()).isGreaterThan(GeneratorOptions.MAX_ENTITIES);
            assertThat(NamePools.capacity4()).isGreaterThan(GeneratorOptions.MAX_ENTITIES);
        }

        @Test
        void noTradeNameOpensWithARegionNameThatNormalisationWouldStrip() {
            Set<Character> firsts = new HashSet<>();
            for (Region r : RegionTable.fujian().all()) {
                firsts.add(r.name().charAt(0));
            }
            for (char c : NamePools.NICE_FIRST) {
                assertThat(firsts).doesNotContain(c);
            }
            for (char c : NamePools.RARE) {
                assertThat(firsts).doesNotContain(c);
            }
        }

        @Test
        void uncommonCharactersNeverAppearInCommonTradeNames() {
            Set<Character> nice = new HashSet<>();
            for (char c : NamePools.NICE) {
                nice.add(c);
            }
            for (char c : NamePools.RARE) {
                assertThat(nice).doesNotContain(c);
            }
            assertThat(NamePools.RARE.length).isGreaterThan(2000);
        }

        @ParameterizedTest
        @ValueSource(strings = {"鼓楼区:鼓楼", "福清市:福清", "武夷山市:武夷山", "福建省:福建", "福州市:福州"})
        void shortRegionNamesDropTheAdministrativeSuffix(String pair) {
            String[] p = pair.split(":");
            assertThat(BlockBuilder.shortName(p[0])).isEqualTo(p[1]);
        }
    }

    @Nested
    class Placement {

        @Test
        void everyScenarioFitsIntoTwoThousandEntities() {
            Layout layout = new Layout(new GeneratorOptions(2000, 1, java.nio.file.Path.of("unused"), false, false));
            for (Scenario s : Scenario.values()) {
                assertThat(layout.placed.getOrDefault(s, 0)).as(s.name()).isEqualTo(s.copies());
            }
        }

        @Test
        void aCityScopeKeepsEntitiesInItsCountiesAndListsOrganisationsOfOtherCities() {
            Layout layout = new Layout(new GeneratorOptions(5000, 1, java.nio.file.Path.of("unused"), false, false)
                    .withScope("350100"));
            for (int b = 0; b < layout.blocks; b++) {
                assertThat(Region.cityOf(layout.county(b))).isEqualTo("350100");
            }
            assertThat(layout.otherCityCounties("350102")).isNotEmpty();
        }

        @Test
        void requiredReportYearTurnsOnTheFirstOfJuly() {
            assertThat(Layout.requiredYear(java.time.LocalDate.of(2025, 6, 30))).isEqualTo(2023);
            assertThat(Layout.requiredYear(java.time.LocalDate.of(2025, 7, 1))).isEqualTo(2024);
        }
    }
}
