package io.alertify.email.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectsTest {

    @Test
    void prefixesOneLine() {
        assertThat(Subjects.prefixed("[Alertify]", "  restart of checkout-7d9f done\nlogs: ...\r\nmore"))
                .isEqualTo("[Alertify] restart of checkout-7d9f done");
    }

    @Test
    void anEmptyPrefixLeavesNoLeadingSpace() {
        assertThat(Subjects.prefixed("", "checkout is slow")).isEqualTo("checkout is slow");
    }

    @Test
    void cutsLongTextWithAnEllipsis() {
        var subject = Subjects.prefixed("[A]", "x".repeat(500));

        assertThat(subject).startsWith("[A] xxx").endsWith("…").hasSize("[A] ".length() + Subjects.MAX_TEXT);
    }

    @Test
    void repliesOnce() {
        assertThat(Subjects.reply("[Alertify] checkout")).isEqualTo("Re: [Alertify] checkout");
        assertThat(Subjects.reply("Re: [Alertify] checkout")).isEqualTo("Re: [Alertify] checkout");
    }
}
