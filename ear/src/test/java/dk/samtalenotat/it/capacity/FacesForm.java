package dk.samtalenotat.it.capacity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form of a rendered Faces page, as a browser would submit it: its action and the values of its
 * fields (hidden fields and the view state included, checked boxes only, the selected option of a
 * menu), to change and post back. Enough of HTML for the pages this application renders.
 */
public final class FacesForm {

  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern NONCE =
      Pattern.compile("<script\\b[^>]*\\bnonce=\"([^\"]+)\"", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

  private final String id;
  private final String page;
  private final URI action;
  private final Map<String, String> fields;
  private final Map<String, String> radios;

  private FacesForm(
      String id, String page, URI action, Map<String, String> fields, Map<String, String> radios) {
    this.id = id;
    this.page = page;
    this.action = action;
    this.fields = fields;
    this.radios = radios;
  }

  /**
   * The form with this id on the page.
   *
   * @param page where the page was read from, to resolve the form's action against
   * @throws IllegalStateException when the page has no such form
   */
  public static FacesForm of(String html, String id, URI page) {
    Matcher form =
        Pattern.compile(
                "<form\\b([^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*)>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(html);
    if (!form.find()) {
      throw new IllegalStateException("no form " + id + " on " + page);
    }
    Map<String, String> formAttributes = attributes(form.group(1));
    String body = form.group(2);
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> radios = new LinkedHashMap<>();
    Matcher m = INPUT.matcher(body);
    while (m.find()) {
      Map<String, String> a = attributes(m.group(1));
      String name = a.get("name");
      String type = a.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
      if (name == null || List.of("submit", "button", "file", "image", "reset").contains(type)) {
        continue;
      }
      String value = a.getOrDefault("value", "on");
      if (type.equals("radio")) {
        radios.putIfAbsent(name, value);
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
        continue;
      }
      fields.put(name, value);
    }
    m = TEXTAREA.matcher(body);
    while (m.find()) {
      String name = attributes(m.group(1)).get("name");
      if (name != null) {
        // A textarea's content starts after one optional newline.
        fields.put(name, unescape(m.group(2).replaceFirst("^\r?\n", "")));
      }
    }
    m = SELECT.matcher(body);
    while (m.find()) {
      String name = attributes(m.group(1)).get("name");
      if (name == null) {
        continue;
      }
      String first = null;
      String selected = null;
      Matcher o = OPTION.matcher(m.group(2));
      while (o.find()) {
        Map<String, String> a = attributes(o.group(1));
        String value = a.getOrDefault("value", "");
        first = first == null ? value : first;
        if (a.containsKey("selected") || o.group(1).contains(" selected")) {
          selected = value;
        }
      }
      if (selected != null || first != null) {
        fields.put(name, selected != null ? selected : first);
      }
    }
    // PrimeFaces' CSP mode refuses a postback without the view's nonce, which its script adds to
    // every form it submits; the nonce is the one on the page's script elements.
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      fields.putIfAbsent("primefaces.nonce", unescape(nonce.group(1)));
    }
    URI action = page.resolve(formAttributes.getOrDefault("action", page.toString()));
    return new FacesForm(id, html, action, fields, radios);
  }

  public URI action() {
    return action;
  }

  /** The fields as the browser would post them. */
  public Map<String, String> fields() {
    return fields;
  }

  public String get(String name) {
    return fields.get(name);
  }

  public FacesForm set(String name, String value) {
    fields.put(name, value);
    return this;
  }

  /** Picks the first choice of a radio group, as a click on it does. */
  public FacesForm pickFirst(String radioName) {
    String value = radios.get(radioName);
    if (value == null) {
      throw new IllegalStateException("no radio group " + radioName);
    }
    fields.put(radioName, value);
    return this;
  }

  /** The names of the form's buttons that carry this style class, in page order. */
  public List<String> buttons(String styleClass) {
    return buttons(page, id, styleClass);
  }

  private static List<String> buttons(String html, String formId, String styleClass) {
    Matcher form =
        Pattern.compile(
                "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(html);
    List<String> names = new java.util.ArrayList<>();
    if (form.find()) {
      Matcher m = BUTTON.matcher(form.group(1));
      while (m.find()) {
        Map<String, String> a = attributes(m.group(1));
        String classes = " " + a.getOrDefault("class", "") + " ";
        if (a.containsKey("name") && classes.contains(" " + styleClass + " ")) {
          names.add(a.get("name"));
        }
      }
    }
    return names;
  }

  /** The form's {@code <input type="file">} named, for a multipart post. */
  public static String fileInput(String html, String formId) {
    Matcher form =
        Pattern.compile(
                "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(html);
    if (form.find()) {
      Matcher m = INPUT.matcher(form.group(1));
      while (m.find()) {
        Map<String, String> a = attributes(m.group(1));
        if ("file".equalsIgnoreCase(a.get("type"))) {
          return a.get("name");
        }
      }
    }
    throw new IllegalStateException("no file input in form " + formId);
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> a = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      a.put(m.group(1).toLowerCase(java.util.Locale.ROOT), unescape(m.group(2)));
    }
    // Boolean attributes written without a value.
    for (String flag : List.of("checked", "selected")) {
      if (tag.matches("(?s).*\\s" + flag + "(\\s.*|/?)$") && !a.containsKey(flag)) {
        a.put(flag, flag);
      }
    }
    return a;
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                new String(
                    Character.toChars(
                        e.startsWith("#x") || e.startsWith("#X")
                            ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1))));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }
}
