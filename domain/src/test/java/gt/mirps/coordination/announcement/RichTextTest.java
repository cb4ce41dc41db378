package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void keepsParagraphsAndEmphasis() {
    String html = "<p><strong>El Canciller</strong> y el <em>Vicecanciller</em> participaron.</p>";

    assertThat(RichText.sanitize(html)).isEqualTo(html);
  }

  @Test
  void keepsListsQuotationsHeadingsAndBreaks() {
    String html =
        "<h2>Ciudades</h2><h3>Petén</h3><h4>Flores</h4><ul><li>educación</li></ul>"
            + "<ol><li>salud</li></ol><blockquote>cita</blockquote><b>b</b><i>i</i><u>u</u>";

    assertThat(RichText.sanitize(html)).isEqualTo(html);
    assertThat(RichText.sanitize("uno<br>dos")).isEqualTo("uno<br />dos");
  }

  @Test
  void removesScriptsWithTheirContent() {
    String sanitized = RichText.sanitize("<p><strong>Hola</strong><script>alert('x')</script></p>");

    assertThat(sanitized).isEqualTo("<p><strong>Hola</strong></p>");
  }

  @Test
  void removesStylesAndStyleAttributes() {
    String sanitized =
        RichText.sanitize(
            "<style>p{color:red}</style><p style=\"color:red\" class=\"x\">Texto</p>");

    assertThat(sanitized).isEqualTo("<p>Texto</p>");
  }

  @Test
  void removesEventHandlers() {
    String sanitized =
        RichText.sanitize(
            "<p onclick=\"alert(1)\">Texto</p><img src=\"https://minex.gob.gt/f.png\""
                + " onerror=\"alert(1)\" alt=\"Foto\">");

    assertThat(sanitized).doesNotContain("onclick", "onerror", "alert").contains("<p>Texto</p>");
  }

  @Test
  void removesJavascriptLinksButKeepsTheirText() {
    assertThat(RichText.sanitize("<a href=\"javascript:alert(1)\">clic</a>")).isEqualTo("clic");
    assertThat(RichText.sanitize("<a href=\"JaVaScRiPt:alert(1)\">clic</a>")).isEqualTo("clic");
    assertThat(RichText.sanitize("<a href=\"jav&#x09;ascript:alert(1)\">clic</a>"))
        .isEqualTo("clic");
  }

  @Test
  void keepsWebAndMailLinksMarkedNofollow() {
    assertThat(RichText.sanitize("<a href=\"https://minex.gob.gt\" target=\"_blank\">MINEX</a>"))
        .isEqualTo("<a href=\"https://minex.gob.gt\" rel=\"nofollow\">MINEX</a>");
    assertThat(RichText.sanitize("<a href=\"http://209.126.109.93/comunicado\">x</a>"))
        .contains("href=\"http://209.126.109.93/comunicado\"", "rel=\"nofollow\"");
    assertThat(RichText.sanitize("<a href=\"mailto:prensa@minex.gob.gt\">prensa</a>"))
        .contains("href=\"mailto:", "rel=\"nofollow\"");
  }

  @Test
  void removesLinksToOtherSchemesAndRelativeLinks() {
    assertThat(RichText.sanitize("<a href=\"ftp://x.org/a\">a</a>")).isEqualTo("a");
    assertThat(RichText.sanitize("<a href=\"data:text/html,x\">b</a>")).isEqualTo("b");
    assertThat(RichText.sanitize("<a href=\"/comunicado\">c</a>")).isEqualTo("c");
  }

  @Test
  void keepsWebImagesWithTheirAlternativeText() {
    assertThat(RichText.sanitize("<img src=\"https://minex.gob.gt/f.png\" alt=\"Canciller\">"))
        .isEqualTo("<img src=\"https://minex.gob.gt/f.png\" alt=\"Canciller\" />");
  }

  @Test
  void removesImagesFromOtherSchemes() {
    assertThat(RichText.sanitize("<img src=\"javascript:alert(1)\" alt=\"x\">")).isEmpty();
    assertThat(RichText.sanitize("<img src=\"data:image/png;base64,AAAA\" alt=\"x\">")).isEmpty();
    assertThat(RichText.sanitize("<img src=\"mailto:a@b.gt\" alt=\"x\">")).isEmpty();
    assertThat(RichText.sanitize("<img alt=\"sin origen\">")).isEmpty();
  }

  @Test
  void removesOtherElementsKeepingTheirText() {
    assertThat(
            RichText.sanitize("<h1>Uno</h1><div>Dos</div><iframe src=\"https://x.org\"></iframe>"))
        .isEqualTo("UnoDos");
    assertThat(RichText.sanitize("<form><input value=\"x\"></form><svg onload=alert(1)>"))
        .isEmpty();
  }

  @Test
  void keepsSpanishTextAndEscapesWhatHtmlNeeds() {
    assertThat(RichText.sanitize("<p>Población refugiada & “movilidad” 19 municipios</p>"))
        .isEqualTo("<p>Población refugiada &amp; “movilidad” 19 municipios</p>");
  }

  @Test
  void nullStaysNull() {
    assertThat(RichText.sanitize(null)).isNull();
  }

  @Test
  void textOrAnImageIsContentButBlanksAreNot() {
    assertThat(RichText.hasContent("<p>Texto</p>")).isTrue();
    assertThat(RichText.hasContent("<img src=\"https://x.org/f.png\" />")).isTrue();
    assertThat(RichText.hasContent(RichText.sanitize("<p>&nbsp;</p><p> </p><br>"))).isFalse();
    assertThat(RichText.hasContent("")).isFalse();
    assertThat(RichText.hasContent(null)).isFalse();
  }
}
