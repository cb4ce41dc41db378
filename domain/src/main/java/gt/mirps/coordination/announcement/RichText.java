package gt.mirps.coordination.announcement;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a communiqué's body may hold, cleaned when it is written so that what is stored is safe
 * to show as it is. Kept: paragraphs, line breaks, bold, italics, underline, lists, quotations,
 * headings h2 to h4, links to http, https and mailto addresses (marked {@code rel="nofollow"}) and
 * images from http or https addresses with their alternative text. Everything else is removed:
 * scripts and styles with their content, event handlers ({@code onclick}…), {@code style} and
 * {@code class} attributes, {@code javascript:} and {@code data:} addresses, forms and frames; the
 * text inside a removed element that is not a script or style stays.
 */
public final class RichText {

  private static final Pattern WEB_OR_MAIL =
      Pattern.compile("^(?:https?://|mailto:)\\S+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEB = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern NO_BREAK_SPACE = Pattern.compile("&#160;|&nbsp;|\u00a0");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "em",
              "b",
              "i",
              "u",
              "ul",
              "ol",
              "li",
              "blockquote",
              "h2",
              "h3",
              "h4")
          .allowUrlProtocols("http", "https", "mailto")
          .allowElements((name, attributes) -> has(attributes, "href") ? name : null, "a")
          .allowAttributes("href")
          .matching(WEB_OR_MAIL)
          .onElements("a")
          .requireRelsOnLinks("nofollow")
          .allowElements((name, attributes) -> has(attributes, "src") ? name : null, "img")
          .allowAttributes("src")
          .matching(WEB)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .toFactory();

  private RichText() {}

  /** {@code html} with everything outside the policy removed; null stays null. */
  public static String sanitize(String html) {
    return html == null ? null : POLICY.sanitize(html);
  }

  /** True if sanitised {@code html} shows something: text other than blanks, or an image. */
  public static boolean hasContent(String html) {
    if (html == null) {
      return false;
    }
    if (html.contains("<img")) {
      return true;
    }
    String text = TAG.matcher(html).replaceAll("");
    return !NO_BREAK_SPACE.matcher(text).replaceAll(" ").isBlank();
  }

  /** An element policy sees attribute names and values alternating. */
  private static boolean has(List<String> attributes, String name) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return true;
      }
    }
    return false;
  }
}
