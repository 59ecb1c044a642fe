package io.alertify.email.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatHtmlWouldInterpret() {
        assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void keepsLineBreaksAsBreaks() {
        assertThat(Html.escapeLines("one <b>\ntwo")).isEqualTo("one &lt;b&gt;<br>\ntwo");
    }

    @Test
    void linksOnlyHttpUrls() {
        assertThat(Html.link("https://alertify.example.com/incidents/42?a=1&b=2"))
                .isEqualTo("<a href=\"https://alertify.example.com/incidents/42?a=1&amp;b=2\">"
                        + "https://alertify.example.com/incidents/42?a=1&amp;b=2</a>");
        assertThat(Html.link("javascript:alert('x')")).isEqualTo("javascript:alert(&#39;x&#39;)");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Html.escape(null)).isEmpty();
    }
}
