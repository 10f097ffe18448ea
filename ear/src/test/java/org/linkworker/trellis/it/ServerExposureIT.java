package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The server shows one door. The tests' domain is prepared by the same script as the run command's
 * (ear/src/payara/prepare-domain.sh), so what holds here holds for a server started with ./run.sh:
 * only the HTTP listener is reachable from another machine, the admin interface asks for a
 * password, and no answer names the server or the Java it runs on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerExposureIT {

  // A product name, a server line's version (6.2025.9) or a Java version in a header or page.
  private static final Pattern NAMES_THE_SERVER =
      Pattern.compile("(?i)payara|glassfish|grizzly|\\b\\d+\\.20\\d\\d\\.\\d+|java/\\d");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: ear/pom.xml passes it to the tests");
    }
    return value;
  }

  private static Path domainDir() {
    return Path.of(property("it.domain.dir"));
  }

  private static int adminPort() {
    return Integer.parseInt(property("it.adminPort"));
  }

  private static long serverPid() throws IOException {
    return Long.parseLong(Files.readString(domainDir().resolve("config/pid")).trim());
  }

  @Test
  void onlyTheHttpPortListensBeyondThisMachine() throws IOException {
    List<ListeningSockets.Socket> sockets = ListeningSockets.of(serverPid());

    assertThat(sockets)
        .as("the server's own listeners, so the check below sees something")
        .anySatisfy(s -> assertThat(s.port()).isEqualTo(adminPort()));
    List<String> open =
        sockets.stream()
            .filter(s -> !s.isLocalOnly())
            .map(s -> s.protocol() + " port " + s.port())
            .distinct()
            .toList();
    assertThat(open)
        .as("ports open to other machines, of " + sockets)
        .containsExactly("tcp port " + base.getPort());
    assertThat(sockets)
        .filteredOn(s -> s.port() == adminPort())
        .allSatisfy(s -> assertThat(s.isLocalOnly()).as("admin " + s).isTrue());
  }

  @Test
  void theDomainConfigurationOpensNothingElseEvenOnDemand() throws Exception {
    // Some listeners (IIOP over TLS, the JMS broker) open only when first used, so the socket
    // check above cannot see them: the configuration must keep them local too.
    Document domain =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(domainDir().resolve("config/domain.xml").toFile());
    Element config = serverConfig(domain);
    List<String> open = new ArrayList<>();

    for (Element listener : elements(config, "network-listener")) {
      boolean enabled = !"false".equals(listener.getAttribute("enabled"));
      if (enabled
          && !"http-listener-1".equals(listener.getAttribute("name"))
          && !"127.0.0.1".equals(listener.getAttribute("address"))) {
        open.add("network-listener " + listener.getAttribute("name"));
      }
    }
    for (Element iiop : elements(config, "iiop-listener")) {
      if (!"127.0.0.1".equals(iiop.getAttribute("address"))
          && !"false".equals(iiop.getAttribute("enabled"))) {
        open.add("iiop-listener " + iiop.getAttribute("id"));
      }
    }
    for (Element jmx : elements(config, "jmx-connector")) {
      if (!"127.0.0.1".equals(jmx.getAttribute("address"))) {
        open.add("jmx-connector " + jmx.getAttribute("name"));
      }
    }
    for (Element jms : elements(config, "jms-service")) {
      if (!"DISABLED".equals(jms.getAttribute("type"))) {
        open.add("jms-service " + jms.getAttribute("type"));
      }
    }
    Element grid = elements(domain.getDocumentElement(), "hazelcast-runtime-configuration").get(0);
    if (!"127.0.0.1".equals(grid.getAttribute("das-bind-address"))) {
      open.add("hazelcast das-bind-address " + grid.getAttribute("das-bind-address"));
    }

    // An H2 pool with AUTO_SERVER=TRUE starts a TCP server on every interface when first used
    // (the batch job repository is one): none may.
    for (Element pool : elements(domain.getDocumentElement(), "jdbc-connection-pool")) {
      for (Element property : elements(pool, "property")) {
        if (property
            .getAttribute("value")
            .toUpperCase(java.util.Locale.ROOT)
            .contains("AUTO_SERVER=TRUE")) {
          open.add("H2 server of pool " + pool.getAttribute("name"));
        }
      }
    }

    assertThat(open).as("listeners that would be open to other machines").isEmpty();
  }

  @Test
  void noAnswerNamesTheServerOrItsVersion() {
    String host = base.getHost();
    int port = base.getPort();
    List<RawHttp.Response> answers =
        List.of(
            RawHttp.exchange(host, port, "GET", "/login.xhtml"),
            RawHttp.exchange(host, port, "GET", "/api/frameworks/current"),
            RawHttp.exchange(host, port, "GET", "/no-such-page"),
            // Written by the container, not the application: an unknown method, TRACE, and a
            // path that climbs out of the root.
            RawHttp.exchange(host, port, "FOO", "/login.xhtml"),
            RawHttp.exchange(host, port, "TRACE", "/"),
            RawHttp.exchange(host, port, "GET", "/../../etc/passwd"));

    assertThat(answers)
        .extracting(RawHttp.Response::status)
        .as("the answers include error pages the container writes")
        .contains(200, 401, 400, 405);
    for (RawHttp.Response answer : answers) {
      assertThat(answer.header("Server")).as("Server header of " + answer).isEmpty();
      assertThat(answer.header("X-Powered-By")).as("X-Powered-By of " + answer).isEmpty();
      assertThat(String.join("\n", answer.headers()) + "\n" + answer.body())
          .as(answer.statusLine())
          .doesNotContainPattern(NAMES_THE_SERVER);
    }
  }

  @Test
  void theAdminInterfaceAsksForThePassword() {
    URI management = URI.create("http://127.0.0.1:" + adminPort() + "/management/domain");
    Http http = new Http(base);

    HttpResponse<String> anonymous =
        http.send(HttpRequest.newBuilder(management).header("Accept", "application/json"));
    String credentials = "admin:" + property("it.adminPassword");
    HttpResponse<String> admin =
        http.send(
            HttpRequest.newBuilder(management)
                .header("Accept", "application/json")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(admin.statusCode()).isEqualTo(200);
  }

  private static Element serverConfig(Document domain) {
    return elements(domain.getDocumentElement(), "config").stream()
        .filter(c -> "server-config".equals(c.getAttribute("name")))
        .findFirst()
        .orElseThrow();
  }

  private static List<Element> elements(Element root, String name) {
    NodeList nodes = root.getElementsByTagName(name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
