package cn.xgz.recon.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternerTest {

    @Test
    void equalValuesShareOneInstance() {
        Interner interner = new Interner();
        String a = new String("350102");
        String b = new String("350102");
        assertThat(interner.intern(a)).isSameAs(a);
        assertThat(interner.intern(b)).isSameAs(a);
    }

    @Test
    void stopsSharingNewValuesAtItsCap() {
        Interner interner = new Interner(1);
        interner.intern("a");
        String b1 = new String("b");
        String b2 = new String("b");
        assertThat(interner.intern(b1)).isSameAs(b1);
        assertThat(interner.intern(b2)).isSameAs(b2);
        assertThat(interner.intern(new String("a"))).isEqualTo("a");
    }

    @Test
    void nullPassesThrough() {
        assertThat(new Interner().intern(null)).isNull();
    }
}
