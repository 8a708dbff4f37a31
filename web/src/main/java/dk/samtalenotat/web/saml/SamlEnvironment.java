package dk.samtalenotat.web.saml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import javax.xml.namespace.QName;
import net.shibboleth.utilities.java.support.component.ComponentInitializationException;
import net.shibboleth.utilities.java.support.xml.BasicParserPool;
import net.shibboleth.utilities.java.support.xml.ParserPool;
import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.opensaml.core.config.InitializationException;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.w3c.dom.Element;

/**
 * OpenSAML, initialised once per class loader, and the one XML parser pool every SAML message and
 * metadata document is read with: namespace aware, no DTDs, no external entities, no XInclude.
 *
 * <p>OpenSAML keeps its object providers in a process-wide registry, so initialisation is global by
 * nature; this class makes it happen exactly once and hands out the secured parser pool.
 */
public final class SamlEnvironment {

  private static volatile SamlEnvironment instance;

  private final BasicParserPool parserPool;

  private SamlEnvironment(BasicParserPool parserPool) {
    this.parserPool = parserPool;
  }

  /** Initialises OpenSAML on first use. */
  public static SamlEnvironment get() {
    SamlEnvironment local = instance;
    if (local == null) {
      synchronized (SamlEnvironment.class) {
        local = instance;
        if (local == null) {
          local = initialize();
          instance = local;
        }
      }
    }
    return local;
  }

  private static SamlEnvironment initialize() {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    // OpenSAML finds its initializers with ServiceLoader on the context class loader; in the
    // server that must be the deployment's, which is the one that loaded this class.
    Thread.currentThread().setContextClassLoader(SamlEnvironment.class.getClassLoader());
    try {
      InitializationService.initialize();
      BasicParserPool pool = securedParserPool();
      XMLObjectProviderRegistrySupport.setParserPool(pool);
      return new SamlEnvironment(pool);
    } catch (InitializationException | ComponentInitializationException e) {
      throw new IllegalStateException("OpenSAML could not be initialised", e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private static BasicParserPool securedParserPool() throws ComponentInitializationException {
    BasicParserPool pool = new BasicParserPool();
    pool.setMaxPoolSize(50);
    pool.setNamespaceAware(true);
    pool.setIgnoreComments(true);
    pool.setExpandEntityReferences(false);
    pool.setXincludeAware(false);
    pool.setBuilderFeatures(
        Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl",
            true,
            "http://xml.org/sax/features/external-general-entities",
            false,
            "http://xml.org/sax/features/external-parameter-entities",
            false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd",
            false,
            javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING,
            true));
    pool.initialize();
    return pool;
  }

  public ParserPool parserPool() {
    return parserPool;
  }

  /** Parses and unmarshals a SAML document with the secured parser pool. */
  public XMLObject unmarshal(byte[] xml) throws SamlFormatException {
    try (InputStream in = new ByteArrayInputStream(xml)) {
      return XMLObjectSupport.unmarshallFromInputStream(parserPool, in);
    } catch (XMLParserException | UnmarshallingException | java.io.IOException e) {
      throw new SamlFormatException("not a well-formed SAML document: " + e.getMessage(), e);
    }
  }

  /** A new, empty SAML object of the given element type. */
  @SuppressWarnings("unchecked")
  public <T extends XMLObject> T build(QName elementName) {
    return (T) XMLObjectSupport.buildXMLObject(elementName);
  }

  /** Marshals an object to its DOM (creating it if needed). */
  public Element marshal(XMLObject object) {
    try {
      return XMLObjectSupport.marshall(object);
    } catch (MarshallingException e) {
      throw new IllegalStateException("could not marshal " + object.getElementQName(), e);
    }
  }

  /** The object as an XML string, without pretty-printing (signatures stay valid). */
  public String serialize(XMLObject object) {
    return SerializeSupport.nodeToString(marshal(object));
  }
}
