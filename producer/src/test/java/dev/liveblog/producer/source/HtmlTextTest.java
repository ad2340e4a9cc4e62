package dev.liveblog.producer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void shouldMakeBlocksParagraphsAndOneBreakASpace() {
        assertEquals("One line wrapped.\n\nTwo\n\nThree", HtmlText.fromHtml(
                "<div>One line<br>wrapped.</div><p>Two</p><ul><li> Three </li></ul>"));
    }

    @Test
    void shouldEndAParagraphAtTwoBreaks() {
        assertEquals("First.\n\nSecond.", HtmlText.fromHtml("First.<br><br />Second.<br>"));
    }

    @Test
    void shouldDecodeEntitiesAndCollapseBlanks() {
        assertEquals("Fish & chips \u2014 \u20AC5",
                HtmlText.fromHtml("<b>Fish</b>&nbsp;&amp;  chips\n&mdash; &euro;5"));
    }

    @Test
    void shouldKeepParagraphsOfPlainText() {
        assertEquals("Line one continues.\n\nNext < paragraph", HtmlText.fromHtml(
                "Line one\r\ncontinues.\r\n\r\n\r\nNext &lt; paragraph"));
    }

    @Test
    void shouldDropControlsScriptsAndHiddenText() {
        assertEquals("Kept.", HtmlText.fromHtml("<p>Kept.<button>Share</button></p><script>x()</script>"
                + "<style>p{}</style><span hidden>gone</span><svg><text>icon</text></svg>"
                + "<form><label>Email</label></form><noscript>enable js</noscript>"));
    }

    @Test
    void shouldGiveNothingForNothing() {
        assertEquals("", HtmlText.fromHtml(null));
        assertEquals("", HtmlText.fromHtml("<p> </p><br>"));
        assertNull(HtmlText.inline("<span></span>"));
        assertEquals("A headline over two", HtmlText.inline("<p>A headline</p><p>over two</p>"));
    }
}
