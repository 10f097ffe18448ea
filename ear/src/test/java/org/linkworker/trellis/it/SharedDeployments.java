package org.linkworker.trellis.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.StopContainer;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * One deployment for every test class that deploys the same archive: an Arquillian extension
 * (registered in {@code META-INF/services}), so test classes keep declaring their own
 * {@code @Deployment} as usual and need not know.
 *
 * <p>Arquillian deploys a class's archives before its tests and undeploys them after. Here a
 * managed archive deployment is kept on the server when its class ends; the next class whose
 * archive has exactly the same content (paths and bytes, nested archives included: {@link
 * #fingerprint}) is given the kept deployment's {@link ProtocolMetaData} (so its
 * {@code @ArquillianResource URL} is the same) instead of deploying again. A kept deployment is
 * undeployed only when an archive with other content must be deployed (an in-container test's,
 * which adds its classes), and before the container stops at the end of the suite. {@link
 * InContainerFirst} runs the in-container test classes first, so the application is deployed once
 * for all the others.
 *
 * <p>What this means for tests: the application is not started afresh for each class, so a test
 * must not rely on application state (caches, singletons) another class may have left, just as it
 * must not rely on the database another class has written to.
 */
public final class SharedDeployments implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** Keeps deployments alive across test classes; see {@link SharedDeployments}. */
  public static final class Keeper {

    /** A deployment left on the server, and the deployments of the classes using it now. */
    private static final class Kept {
      final Container<?> container;
      final Deployment original;
      final ProtocolMetaData metaData;
      final Set<Deployment> users = Collections.newSetFromMap(new IdentityHashMap<>());

      Kept(Container<?> container, Deployment original, ProtocolMetaData metaData) {
        this.container = container;
        this.original = original;
        this.metaData = metaData;
      }
    }

    /** By fingerprint, in the order they were deployed. */
    private final Map<String, Kept> kept = new LinkedHashMap<>();

    /** Deployments this extension undeploys itself, which it must let through. */
    private final Set<Deployment> releasing = Collections.newSetFromMap(new IdentityHashMap<>());

    private int deployed;
    private int reused;

    @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> descriptionProducer;

    @Inject @DeploymentScoped private InstanceProducer<Deployment> deploymentProducer;

    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject private Event<UnDeployDeployment> undeploy;

    /*
     * The lowest precedence: inside the interceptors that activate the container and deployment
     * contexts, so that what is set here lands in this class's deployment context.
     */
    public void deploy(@Observes(precedence = -1000) EventContext<DeployDeployment> context) {
      DeployDeployment event = context.getEvent();
      Deployment deployment = event.getDeployment();
      DeploymentDescription description = deployment.getDescription();
      if (!description.managed() || !description.isArchiveDeployment()) {
        context.proceed();
        return;
      }
      String fingerprint = fingerprint(deployedArchive(description));
      Kept same = kept.get(fingerprint);
      if (same != null && same.container == event.getContainer()) {
        // What ContainerDeployController.deploy would have left in the deployment context.
        descriptionProducer.set(description);
        deploymentProducer.set(deployment);
        protocolMetaData.set(same.metaData);
        deployment.deployed();
        same.users.add(deployment);
        reused++;
        log("reusing the deployment of %s (%s)", description.getArchive().getName(), fingerprint);
        return;
      }
      // Another archive: none kept may stay, since it may have the same name (trellis.ear).
      releaseUnused(event.getContainer());
      log("deploying %s (%s)", description.getArchive().getName(), fingerprint);
      context.proceed();
      if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
        Kept now = new Kept(event.getContainer(), deployment, protocolMetaData.get());
        now.users.add(deployment);
        kept.put(fingerprint, now);
        deployed++;
      }
    }

    public void undeploy(@Observes(precedence = -1000) EventContext<UnDeployDeployment> context) {
      Deployment deployment = context.getEvent().getDeployment();
      if (!releasing.contains(deployment)) {
        for (Kept each : kept.values()) {
          if (each.users.remove(deployment)) {
            // Arquillian's view of this class's deployment: gone; the server keeps it.
            deployment.undeployed();
            return;
          }
        }
      }
      context.proceed();
    }

    /** At the end of the suite (or of a container's life): every kept deployment goes. */
    public void stop(@Observes EventContext<StopContainer> context) {
      try {
        release(context.getEvent().getContainer(), true);
      } finally {
        log("%d deployment(s) made, %d test class(es) given an existing one", deployed, reused);
        context.proceed();
      }
    }

    private void releaseUnused(Container<?> container) {
      release(container, false);
    }

    private void release(Container<?> container, boolean all) {
      List<RuntimeException> failures = new ArrayList<>();
      for (Iterator<Kept> it = kept.values().iterator(); it.hasNext(); ) {
        Kept each = it.next();
        if (each.container != container || (!all && !each.users.isEmpty())) {
          continue;
        }
        it.remove();
        releasing.add(each.original);
        try {
          log("undeploying %s", each.original.getDescription().getArchive().getName());
          undeploy.fire(new UnDeployDeployment(each.container, each.original));
        } catch (RuntimeException e) {
          failures.add(e);
        } finally {
          releasing.remove(each.original);
        }
      }
      if (!failures.isEmpty()) {
        RuntimeException first = failures.get(0);
        failures.stream().skip(1).forEach(first::addSuppressed);
        throw first;
      }
    }

    private static Archive<?> deployedArchive(DeploymentDescription description) {
      return description.getTestableArchive() != null
          ? description.getTestableArchive()
          : description.getArchive();
    }

    private static void log(String format, Object... args) {
      System.out.printf("[SharedDeployments] " + format + "%n", args);
    }
  }

  /**
   * The order of test classes ({@code junit-platform.properties}): in-container ones (no {@code
   * RunAsClient}, their own archive each) first, then those that drive the application from outside
   * and so share its deployment; by name within each group.
   */
  public static final class InContainerFirst implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
      context
          .getClassDescriptors()
          .sort(
              Comparator.comparing((ClassDescriptor c) -> !inContainer(c.getTestClass()))
                  .thenComparing(c -> c.getTestClass().getName()));
    }

    static boolean inContainer(Class<?> type) {
      if (type.isAnnotationPresent(RunAsClient.class)) {
        return false;
      }
      for (Method method : type.getDeclaredMethods()) {
        org.jboss.arquillian.container.test.api.Deployment deployment =
            method.getAnnotation(org.jboss.arquillian.container.test.api.Deployment.class);
        if (deployment != null && deployment.testable()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A digest of an archive's name and content: every path in order, with its bytes, nested archives
   * by their own content. Equal fingerprints mean archives that deploy the same.
   */
  static String fingerprint(Archive<?> archive) {
    MessageDigest digest = sha256();
    digest(archive, digest);
    return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static void digest(Archive<?> archive, MessageDigest digest) {
    update(digest, "archive " + archive.getName());
    Map<String, Node> content = new TreeMap<>();
    for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
      content.put(entry.getKey().get(), entry.getValue());
    }
    for (Map.Entry<String, Node> entry : content.entrySet()) {
      Asset asset = entry.getValue().getAsset();
      if (asset == null) {
        update(digest, "dir " + entry.getKey());
      } else if (asset instanceof ArchiveAsset nested) {
        update(digest, "nested " + entry.getKey());
        digest(nested.getArchive(), digest);
        update(digest, "end " + entry.getKey());
      } else {
        update(digest, "file " + entry.getKey());
        MessageDigest bytes = sha256();
        try (InputStream in = asset.openStream()) {
          byte[] buffer = new byte[64 * 1024];
          for (int n; (n = in.read(buffer)) != -1; ) {
            bytes.update(buffer, 0, n);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + entry.getKey(), e);
        }
        digest.update(bytes.digest());
      }
    }
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) (bytes.length >>> 24));
    digest.update((byte) (bytes.length >>> 16));
    digest.update((byte) (bytes.length >>> 8));
    digest.update((byte) bytes.length);
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
