package dk.samtalenotat.web.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the OIO basic privilege profile: the attribute {@code
 * https://data.gov.dk/model/core/eid/privilegesIntermediate} (legacy {@code
 * dk:gov:saml:attribute:Privileges_intermediate}) holds a base64 {@code <bpp:PrivilegeList>} in the
 * namespace {@code http://digst.dk/oiosaml/basic_privilege_profile} (older IdPs: {@code
 * http://itst.dk/oiosaml/basic_privilege_profile}). Each {@code PrivilegeGroup} has a {@code Scope}
 * naming a CVR and holds {@code Privilege} URIs and optional {@code Constraint}s.
 *
 * <p>The XML comes from outside and is parsed with DTDs and external entities disabled.
 */
public final class PrivilegeParser {

  public static final String NAMESPACE = "http://digst.dk/oiosaml/basic_privilege_profile";
  public static final String LEGACY_NAMESPACE = "http://itst.dk/oiosaml/basic_privilege_profile";
  public static final String CVR_SCOPE_PREFIX = "urn:dk:gov:saml:cvrNumberIdentifier:";

  private static final int MAX_BYTES = 256 * 1024;

  /** One privilege as granted, with the constraints of its group. */
  public record Privilege(String scope, String uri, List<Constraint> constraints) {}

  /** A constraint such as {@code urn:dk:kombit:KLE} = {@code 32.*}. */
  public record Constraint(String name, String value) {}

  private PrivilegeParser() {}

  /**
   * @throws SamlFormatException if the value is not base64, not well-formed, carries a DTD or an
   *     entity, or is not a PrivilegeList of either namespace
   */
  public static List<Privilege> parse(String base64) throws SamlFormatException {
    byte[] xml;
    try {
      xml = HttpRedirectBinding.strictBase64(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException e) {
      throw new SamlFormatException("privilege attribute is not base64", e);
    }
    if (xml.length == 0 || xml.length > MAX_BYTES) {
      throw new SamlFormatException("privilege attribute is empty or too large");
    }
    Document doc;
    try {
      DocumentBuilder builder = secureFactory().newDocumentBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      builder.setErrorHandler(null);
      doc = builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new SamlFormatException(
          "privilege attribute is not acceptable XML: " + e.getMessage(), e);
    }
    Element root = doc.getDocumentElement();
    if (!"PrivilegeList".equals(root.getLocalName())
        || !(NAMESPACE.equals(root.getNamespaceURI())
            || LEGACY_NAMESPACE.equals(root.getNamespaceURI()))) {
      throw new SamlFormatException("privilege attribute is not a bpp:PrivilegeList");
    }
    List<Privilege> privileges = new ArrayList<>();
    for (Element group : children(root, "PrivilegeGroup")) {
      String scope = group.getAttribute("Scope");
      List<Constraint> constraints = new ArrayList<>();
      for (Element c : children(group, "Constraint")) {
        constraints.add(new Constraint(c.getAttribute("Name"), c.getTextContent().strip()));
      }
      for (Element p : children(group, "Privilege")) {
        privileges.add(new Privilege(scope, p.getTextContent().strip(), List.copyOf(constraints)));
      }
    }
    return privileges;
  }

  /** The privilege URIs granted for the given CVR; groups scoped to other CVRs give nothing. */
  public static Set<String> forCvr(List<Privilege> privileges, String cvr) {
    Set<String> uris = new LinkedHashSet<>();
    for (Privilege p : privileges) {
      if ((CVR_SCOPE_PREFIX + cvr).equals(p.scope())) {
        uris.add(p.uri());
      }
    }
    return uris;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        result.add(e);
      }
    }
    return result;
  }

  static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    try {
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (IllegalArgumentException e) {
      // A parser without JAXP 1.5 attributes; the DOCTYPE ban above already shuts entities out.
    }
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }
}
