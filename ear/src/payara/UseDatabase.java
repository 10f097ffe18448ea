import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Points a stopped Payara domain's Jakarta Batch job repository at the database Trellis runs on
 * ({@code java UseDatabase.java domain.xml derby|postgres}). Run by prepare-domain.sh
 * before every start, so switching a data folder between the two takes effect at the next start.
 *
 * <p>On PostgreSQL the job repository is kept in Trellis's own database, through a pool of the
 * server's ({@value #RESOURCE}) whose connection settings are read from the server's environment
 * when it starts ({@code TRELLIS_DB_URL}, {@code TRELLIS_DB_USER}, {@code TRELLIS_DB_PASSWORD}), so
 * every server of a cluster reads the same executions. It is an XA pool: a chunk's checkpoint and
 * Trellis's writes commit in one transaction, Trellis's (a plain data source) last, as on Derby,
 * where the repository stays on Payara's own H2 database (the job repository cannot be Derby).
 *
 * <p>Only the server's own configuration is edited: the cluster's instances get theirs from the
 * run command's {@code --cluster} (asadmin, with the DAS running).
 */
public final class UseDatabase {

  static final String POOL = "trellisBatchPool";
  static final String RESOURCE = "jdbc/trellisBatch";

  /** The pool's connection settings, read from the server's environment as it starts. */
  static final Map<String, String> SETTINGS =
      Map.of(
          "URL", "${ENV=TRELLIS_DB_URL}",
          "user", "${ENV=TRELLIS_DB_USER}",
          "password", "${ENV=TRELLIS_DB_PASSWORD}");

  private final List<String> changes = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || !List.of("derby", "postgres").contains(args[1])) {
      System.err.println("usage: java UseDatabase.java DOMAIN_XML derby|postgres");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document document = factory.newDocumentBuilder().parse(file.toFile());
    UseDatabase use = new UseDatabase();
    if (args[1].equals("postgres")) {
      use.postgres(document);
    } else {
      use.derby(document);
    }
    if (use.changes.isEmpty()) {
      return;
    }
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    Path next = file.resolveSibling(file.getFileName() + ".database");
    transformer.transform(new DOMSource(document), new StreamResult(next.toFile()));
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
    use.changes.forEach(change -> System.out.println("database: " + change));
  }

  void postgres(Document document) {
    Element domain = document.getDocumentElement();
    Element resources = child(domain, "resources");
    Element pool = named(resources, "jdbc-connection-pool", "name", POOL);
    if (pool == null) {
      pool = document.createElement("jdbc-connection-pool");
      pool.setAttribute("name", POOL);
      resources.appendChild(pool);
      changes.add("pool " + POOL);
    }
    set(pool, "datasource-classname", "org.postgresql.xa.PGXADataSource");
    set(pool, "res-type", "javax.sql.XADataSource");
    for (var setting : SETTINGS.entrySet()) {
      Element property = named(pool, "property", "name", setting.getKey());
      if (property == null) {
        property = document.createElement("property");
        property.setAttribute("name", setting.getKey());
        pool.appendChild(property);
      }
      set(property, "value", setting.getValue());
    }
    Element resource = named(resources, "jdbc-resource", "jndi-name", RESOURCE);
    if (resource == null) {
      resource = document.createElement("jdbc-resource");
      resource.setAttribute("jndi-name", RESOURCE);
      resources.appendChild(resource);
      changes.add("resource " + RESOURCE);
    }
    set(resource, "pool-name", POOL);
    Element server = named(child(domain, "servers"), "server", "name", "server");
    if (named(server, "resource-ref", "ref", RESOURCE) == null) {
      Element ref = document.createElement("resource-ref");
      ref.setAttribute("ref", RESOURCE);
      server.insertBefore(ref, server.getFirstChild());
      changes.add("resource reference " + RESOURCE);
    }
    Element batch = named(serverConfig(domain), "batch-runtime-configuration", null, null);
    if (batch == null) {
      batch = document.createElement("batch-runtime-configuration");
      serverConfig(domain).appendChild(batch);
    }
    set(batch, "data-source-lookup-name", RESOURCE);
    set(batch, "schema-name", "public");
  }

  void derby(Document document) {
    Element domain = document.getDocumentElement();
    // Payara writes its default settings there itself once a job has run: only ours are undone.
    Element batch =
        named(
            serverConfig(domain), "batch-runtime-configuration", "data-source-lookup-name", RESOURCE);
    if (batch != null) {
      batch.getParentNode().removeChild(batch);
      changes.add("batch job repository back on Payara's own database");
    }
    Element server = named(child(domain, "servers"), "server", "name", "server");
    remove(named(server, "resource-ref", "ref", RESOURCE));
    Element resources = child(domain, "resources");
    remove(named(resources, "jdbc-resource", "jndi-name", RESOURCE));
    remove(named(resources, "jdbc-connection-pool", "name", POOL));
  }

  private void remove(Element element) {
    if (element != null) {
      element.getParentNode().removeChild(element);
      changes.add("removed " + element.getTagName());
    }
  }

  private void set(Element element, String attribute, String value) {
    if (!value.equals(element.getAttribute(attribute))) {
      element.setAttribute(attribute, value);
      changes.add(element.getTagName() + " " + attribute + "=" + value);
    }
  }

  private static Element serverConfig(Element domain) {
    return named(child(domain, "configs"), "config", "name", "server-config");
  }

  /** The first child with this tag (and this attribute's value, unless null), or null. */
  private static Element named(Element parent, String tag, String attribute, String value) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e
          && tag.equals(e.getTagName())
          && (attribute == null || value.equals(e.getAttribute(attribute)))) {
        return e;
      }
    }
    return null;
  }

  private static Element child(Element parent, String tag) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && tag.equals(e.getTagName())) {
        return e;
      }
    }
    throw new IllegalStateException("domain.xml has no " + tag + " in " + parent.getTagName());
  }
}
