import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Edits a stopped Payara domain's domain.xml so that the server shows one door: the HTTP listener
 * is the only socket open beyond this machine. Run by prepare-domain.sh before every start (the
 * JDK runs this file as it is: {@code java HardenDomain.java domain.xml}), so a domain made by an
 * earlier version of the run command is brought up to date too. It writes the file only when
 * something changes, and prints each change.
 *
 * <p>A default Payara 6 domain also listens on every interface with the JMX connector (no TLS),
 * IIOP, the Hazelcast data grid, the embedded OpenMQ broker and a second HTTPS listener with a
 * self-signed certificate, and names the exact server and Java version in every response. Trellis
 * uses none of them from outside: they are bound to 127.0.0.1 or switched off. Every configuration
 * of the domain is edited: the server's own ({@code server-config}), those of the instances of the
 * run command's cluster ({@code bin/cluster.sh}, which also binds their HTTP listeners to
 * 127.0.0.1: nginx is their door), and {@code default-config}, the template an instance's is copied
 * from, so that an instance is hardened from the moment it is made.
 *
 * <p>It also gives the server the heap the run command was asked for ({@code TRELLIS_HEAP}, the
 * optional second argument): {@code -Xms} and {@code -Xmx} both that size, or Payara's default.
 */
public final class HardenDomain {

  static final String LOOPBACK = "127.0.0.1";

  /** The one listener that serves the application to other machines. */
  static final String PUBLIC_LISTENER = "http-listener-1";

  /** Payara's own maximum heap, when the run command is not asked for another. */
  static final String DEFAULT_HEAP = "512m";

  /** The nickname of the self-signed certificate every new domain is made with. */
  static final String SELF_SIGNED = "s1as";

  private final List<String> changes = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: java HardenDomain.java DOMAIN_XML [HEAP]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document document = factory.newDocumentBuilder().parse(file.toFile());
    HardenDomain hardening = new HardenDomain();
    hardening.harden(document);
    List<String> changes = hardening.heap(document, args.length == 2 ? args[1] : "");
    if (changes.isEmpty()) {
      return;
    }
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    // Written beside the file and moved over it, so a failure never leaves half a domain.xml.
    Path next = file.resolveSibling(file.getFileName() + ".hardening");
    transformer.transform(new DOMSource(document), new StreamResult(next.toFile()));
    Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    changes.forEach(change -> System.out.println("hardened " + change));
  }

  List<String> harden(Document document) {
    Element domain = document.getDocumentElement();
    // The data grid: Payara's EJB timers and caches need it running, but not reachable.
    Element grid = child(domain, "hazelcast-runtime-configuration");
    if (grid == null) {
      grid = document.createElement("hazelcast-runtime-configuration");
      domain.insertBefore(grid, domain.getFirstChild());
    }
    set(grid, "das-bind-address", LOOPBACK, "data grid");
    set(grid, "das-public-address", LOOPBACK, "data grid");

    // The server's configuration, those of a cluster's instances (bin/cluster.sh) and the template
    // theirs are copied from.
    for (Element config : children(child(domain, "configs"), "config")) {
      harden(document, config);
    }

    // Payara's H2 pools (EJB timers and the Jakarta Batch job repository on jdbc/__TimerPool, and
    // jdbc/__default) open their databases with AUTO_SERVER=TRUE, which starts an H2 TCP server on
    // a random port of every interface as soon as a pool is first used. One server process uses
    // them; it needs no server mode.
    for (Element pool : descendants(domain, "jdbc-connection-pool")) {
      for (Element property : children(pool, "property")) {
        String url = property.getAttribute("value");
        if ("URL".equalsIgnoreCase(property.getAttribute("name"))
            && url.startsWith("jdbc:h2:")
            && url.toUpperCase(java.util.Locale.ROOT).contains(";AUTO_SERVER=TRUE")) {
          set(
              property,
              "value",
              url.replaceAll("(?i);AUTO_SERVER=TRUE", ""),
              "H2 pool " + pool.getAttribute("name") + " (no TCP server)");
        }
      }
    }

    return changes;
  }

  private void harden(Document document, Element config) {
    String of = "server-config".equals(config.getAttribute("name")) ? "" : " of " + config.getAttribute("name");
    for (Element iiop : descendants(config, "iiop-listener")) {
      set(iiop, "address", LOOPBACK, "IIOP listener " + iiop.getAttribute("id") + of);
    }
    for (Element jmx : descendants(config, "jmx-connector")) {
      set(jmx, "address", LOOPBACK, "JMX connector " + jmx.getAttribute("name") + of);
    }
    // Trellis sends no messages; an embedded broker would listen on every interface. A domain that
    // has never run has no jms-service of its own yet (Payara adds one, embedded, at first start).
    Element jms = child(config, "jms-service");
    if (jms == null) {
      jms = document.createElement("jms-service");
      jms.setAttribute("default-jms-host", "default_JMS_host");
      Element host = document.createElement("jms-host");
      host.setAttribute("name", "default_JMS_host");
      host.setAttribute("host", "localhost");
      host.setAttribute("port", "${JMS_PROVIDER_PORT}");
      jms.appendChild(host);
      config.appendChild(jms);
    }
    set(jms, "type", "DISABLED", "JMS broker" + of);

    // A server killed between the two phases of a commit leaves the transaction in doubt in the
    // databases it prepared (Payara's own, for a batch chunk's checkpoint), their rows locked until
    // the transaction manager settles it from its log: let it do so at every start.
    for (Element transactions : children(config, "transaction-service")) {
      set(
          transactions, "automatic-recovery", "true", "transaction service (recovery at start)" + of);
    }

    Map<String, Element> protocols = new HashMap<>();
    for (Element protocol : descendants(config, "protocol")) {
      protocols.put(protocol.getAttribute("name"), protocol);
      for (Element http : children(protocol, "http")) {
        String what = "protocol " + protocol.getAttribute("name") + of;
        set(http, "server-header", "false", what);
        set(http, "xpowered-by", "false", what);
      }
    }
    for (Element listener : descendants(config, "network-listener")) {
      String name = listener.getAttribute("name");
      if (PUBLIC_LISTENER.equals(name)) {
        continue;
      }
      Element protocol = protocols.get(listener.getAttribute("protocol"));
      if (protocol != null && "true".equals(protocol.getAttribute("security-enabled"))) {
        Element ssl = child(protocol, "ssl");
        String certificate = ssl == null ? "" : ssl.getAttribute("cert-nickname");
        if (certificate.isEmpty() || SELF_SIGNED.equals(certificate)) {
          // HTTPS with a certificate no browser trusts serves nobody; with a real one, it stays.
          set(listener, "enabled", "false", "listener " + name + of + " (self-signed certificate)");
        }
        continue;
      }
      set(listener, "address", LOOPBACK, "listener " + name + of);
    }

    // The error pages the container writes itself name the product and version unless told not to.
    Element java = descendants(config, "java-config").stream().findFirst().orElseThrow();
    boolean named =
        children(java, "jvm-options").stream()
            .anyMatch(option -> option.getTextContent().startsWith("-Dproduct.name="));
    if (!named) {
      Element option = document.createElement("jvm-options");
      option.setTextContent("-Dproduct.name=");
      java.insertBefore(option, java.getFirstChild());
      changes.add("JVM option -Dproduct.name=" + of + " (no product name or version on error pages)");
    }
    // Payara saves an uploaded archive as java.io.tmpdir/<its name>: in a shared /tmp, two servers
    // deploying a trellis.ear at once (a developer's and a test run) delete each other's upload.
    boolean ownTemp =
        children(java, "jvm-options").stream()
            .anyMatch(option -> option.getTextContent().startsWith("-Djava.io.tmpdir="));
    if (!ownTemp) {
      Element option = document.createElement("jvm-options");
      option.setTextContent("-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp");
      java.insertBefore(option, java.getFirstChild());
      changes.add("JVM option -Djava.io.tmpdir" + of + " (a temporary folder of its own)");
    }
  }

  /**
   * The server's heap: {@code -Xms} and {@code -Xmx} both {@code heap} (e.g. {@code 4g}), so that a
   * measurement of heap used is not a measurement of the heap growing; blank for Payara's default
   * ({@code -Xmx512m}, no {@code -Xms}), which also undoes an earlier setting. Returns every change
   * made so far.
   */
  List<String> heap(Document document, String heap) {
    String size = heap == null || heap.isBlank() ? null : heap.strip();
    if (size != null && !size.matches("[1-9][0-9]*[kKmMgG]?")) {
      throw new IllegalArgumentException("a heap size such as 4g or 2048m, not " + heap);
    }
    List<String> wanted =
        size == null ? List.of("-Xmx" + DEFAULT_HEAP) : List.of("-Xmx" + size, "-Xms" + size);
    Element java =
        descendants(serverConfig(document.getDocumentElement()), "java-config").stream()
            .findFirst()
            .orElseThrow();
    List<Element> sizes =
        children(java, "jvm-options").stream()
            .filter(o -> o.getTextContent().matches("-Xm[sx].*"))
            .toList();
    if (!sizes.stream().map(Element::getTextContent).sorted().toList()
        .equals(wanted.stream().sorted().toList())) {
      sizes.forEach(java::removeChild);
      for (String option : wanted) {
        Element element = document.createElement("jvm-options");
        element.setTextContent(option);
        java.appendChild(element);
      }
      changes.add("JVM heap " + String.join(" ", wanted) + " (TRELLIS_HEAP)");
    }
    return changes;
  }

  private void set(Element element, String attribute, String value, String what) {
    if (!value.equals(element.getAttribute(attribute))) {
      element.setAttribute(attribute, value);
      changes.add(what + ": " + attribute + "=" + value);
    }
  }

  private static Element serverConfig(Element domain) {
    return descendants(domain, "config").stream()
        .filter(config -> "server-config".equals(config.getAttribute("name")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("domain.xml has no server-config"));
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    return collect(parent, name, false);
  }

  private static List<Element> descendants(Element parent, String name) {
    return collect(parent, name, true);
  }

  private static List<Element> collect(Element parent, String name, boolean deep) {
    List<Element> found = new ArrayList<>();
    Predicate<Node> wanted = node -> node instanceof Element e && name.equals(e.getTagName());
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (wanted.test(node)) {
        found.add((Element) node);
      }
      if (deep && node instanceof Element element) {
        found.addAll(collect(element, name, true));
      }
    }
    return found;
  }
}
