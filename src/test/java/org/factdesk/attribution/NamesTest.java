package org.factdesk.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void case_accents_punctuation_and_a_leading_the_do_not_count() {
        assertThat(Names.normalize("the Ukrainian Government.")).isEqualTo("ukrainian government");
        assertThat(Names.normalize("Ukraine\u2019s government")).isEqualTo("ukraines government");
        assertThat(Names.normalize("Sergeï  Shoïgu")).isEqualTo("sergei shoigu");
        assertThat(Names.normalize("KYIV")).isEqualTo(Names.normalize("kyiv"));
    }
}
