package org.linkworker.trellis.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Just enough of a servlet request, response and session to drive the authentication mechanism
 * without a server. Anything the fakes do not know answers null, false or 0.
 */
final class FakeHttp {

  /** A request; set its fields before handing {@link #proxy()} to the code under test. */
  static final class Request {
    String method = "GET";
    String servletPath = "/index.xhtml";
    String pathInfo;
    String query;
    String contextPath = "";
    String remoteAddr = "192.0.2.7";
    String scheme = "http";
    String serverName = "localhost";
    int serverPort = 8080;
    final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final Map<String, Object> attributes = new HashMap<>();
    Session session;
    int sessionsCreated;

    Request path(String servletPath, String pathInfo) {
      this.servletPath = servletPath;
      this.pathInfo = pathInfo;
      return this;
    }

    Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    HttpServletRequest proxy() {
      return (HttpServletRequest)
          Proxy.newProxyInstance(
              FakeHttp.class.getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (self, method, args) ->
                  switch (method.getName()) {
                    case "getMethod" -> this.method;
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getQueryString" -> query;
                    case "getContextPath" -> contextPath;
                    case "getRemoteAddr" -> remoteAddr;
                    case "getScheme" -> scheme;
                    case "getServerName" -> serverName;
                    case "getServerPort" -> serverPort;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getSession" -> session(args == null || (Boolean) args[0]);
                    default -> defaultFor(method.getReturnType());
                  });
    }

    private HttpSession session(boolean create) {
      if ((session == null || session.invalidated) && create) {
        session = new Session("session-" + ++sessionsCreated);
      }
      return session == null || session.invalidated ? null : session.proxy();
    }
  }

  /** A session with an id, attributes and whether it was invalidated. */
  static final class Session {
    final String id;
    final Map<String, Object> attributes = new HashMap<>();
    boolean invalidated;

    Session(String id) {
      this.id = id;
    }

    HttpSession proxy() {
      return (HttpSession)
          Proxy.newProxyInstance(
              FakeHttp.class.getClassLoader(),
              new Class<?>[] {HttpSession.class},
              (self, method, args) ->
                  switch (method.getName()) {
                    case "getId" -> id;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "invalidate" -> {
                      invalidated = true;
                      yield null;
                    }
                    default -> defaultFor(method.getReturnType());
                  });
    }
  }

  /** A response that records its status, headers and body. */
  static final class Response {
    int status = 200;
    String contentType;
    final Map<String, String> headers = new LinkedHashMap<>();
    final StringWriter body = new StringWriter();

    HttpServletResponse proxy() {
      PrintWriter writer = new PrintWriter(body);
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              FakeHttp.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (self, method, args) ->
                  switch (method.getName()) {
                    case "setStatus" -> {
                      status = (Integer) args[0];
                      yield null;
                    }
                    case "setContentType" -> {
                      contentType = (String) args[0];
                      yield null;
                    }
                    case "setHeader", "addHeader" -> {
                      headers.merge(
                          (String) args[0],
                          (String) args[1],
                          (a, b) -> method.getName().equals("addHeader") ? a + "\n" + b : b);
                      yield null;
                    }
                    case "getWriter" -> writer;
                    case "flushBuffer" -> {
                      writer.flush();
                      yield null;
                    }
                    default -> defaultFor(method.getReturnType());
                  });
    }
  }

  static Object defaultFor(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    return null;
  }

  private FakeHttp() {}
}
