package dev.cphemulator.auth;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Requests signed by the official SDK's own signer ({@code AKSKSigner}), so the emulator's verifier
 * is always checked against an independent implementation, never against itself.
 *
 * @param method the HTTP method
 * @param path the path as the SDK builds it (unencoded)
 * @param query the query as sent on the wire (already encoded), or {@code null}
 * @param headers every header to send, including the signer's {@code Host}, {@code X-Sdk-Date} and
 *     {@code Authorization}
 * @param body the body, or {@code null}
 */
record SdkSigner(
    String method, String path, String query, Map<String, String> headers, String body) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * Which headers a signer signs. The official SDKs all sign the headers on their request when they
   * sign, but they differ in {@code host} and {@code content-type}; the Java SDK's signer is made
   * to sign each set, so every set is still signed by an implementation other than the emulator's.
   */
  enum HeaderSet {
    /** The Java SDK: every header but {@code Content-Type}, plus {@code host}. */
    JAVA,
    /** The Go SDK ({@code huaweicloud-sdk-go-v3}): as Java, but without {@code host}. */
    GO,
    /** The Python SDK: as Java, plus {@code content-type}. */
    PYTHON
  }

  /** The Java SDK's signer with its signed header set changed to another SDK's. */
  private static final class HeaderSetSigner extends AKSKSigner {

    private final HeaderSet set;

    HeaderSetSigner(HeaderSet set) {
      this.set = set;
    }

    @Override
    protected Map<String, String> combineAllHeaders(
        HttpRequest request, Map<String, String> signingHeaders) {
      Map<String, String> headers = super.combineAllHeaders(request, signingHeaders);
      if (set == HeaderSet.GO) {
        headers.remove("host");
      }
      if (set == HeaderSet.PYTHON) {
        headers.put("content-type", request.getContentType());
      }
      return headers;
    }
  }

  /**
   * Signs a request with the SDK signer, signing what the Java SDK signs.
   *
   * @param endpoint scheme and authority, e.g. {@code http://127.0.0.1:8080}
   * @param query decoded query parameters, in the order to send them
   * @param headers headers to put on the request before signing (they get signed)
   */
  static SdkSigner sign(
      String endpoint,
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      String body,
      String accessKey,
      String secretKey) {
    return sign(HeaderSet.JAVA, endpoint, method, path, query, headers, body, accessKey, secretKey);
  }

  /** Signs a request with the SDK signer, signing the header set of {@code set}'s SDK. */
  static SdkSigner sign(
      HeaderSet set,
      String endpoint,
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      String body,
      String accessKey,
      String secretKey) {
    HttpRequest.HttpRequestBuilder builder =
        HttpRequest.newBuilder()
            .withEndpoint(endpoint)
            .withPath(path)
            .withMethod(HttpMethod.valueOf(method))
            .withContentType("application/json");
    query.forEach((name, value) -> builder.addQueryParam(name, List.of(value)));
    headers.forEach(builder::addHeader);
    if (body != null) {
      builder.withBodyAsString(body);
    }
    HttpRequest request = builder.build();
    AKSKSigner signer = set == HeaderSet.JAVA ? AKSKSigner.getInstance() : new HeaderSetSigner(set);
    Map<String, String> signed =
        signer.sign(request, new BasicCredentials().withAk(accessKey).withSk(secretKey));
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/json");
    all.putAll(signed);
    String wireQuery = request.getUrl().getQuery();
    return new SdkSigner(method, path, wireQuery, all, body);
  }

  static String date(Instant instant) {
    return SDK_DATE.format(instant);
  }

  SdkSigner withQuery(String otherQuery) {
    return new SdkSigner(method, path, otherQuery, headers, body);
  }

  SdkSigner withBody(String otherBody) {
    return new SdkSigner(method, path, query, headers, otherBody);
  }

  SdkSigner withHeader(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(headers);
    changed.keySet().removeIf(key -> key.equalsIgnoreCase(name));
    if (value != null) {
      changed.put(name, value);
    }
    return new SdkSigner(method, path, query, changed, body);
  }

  String header(String name) {
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The {@code SignedHeaders} value of the request's {@code Authorization} header. */
  String signedHeaders() {
    return header("Authorization").replaceAll(".*SignedHeaders=([^, ]+).*", "$1");
  }

  /** The request as a servlet container would present it (routing path = raw path here). */
  MockHttpServletRequest toServletRequest() {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setServletPath(path);
    request.setQueryString(query);
    headers.forEach(request::addHeader);
    return request;
  }

  /**
   * Sends the request with {@code java.net.http} to {@code endpoint}. {@code Host} is left to the
   * client (it may not be set by hand): it is the endpoint's authority, as the signer assumed.
   */
  HttpResponse<String> send(String endpoint) throws Exception {
    return HTTP.send(builder(endpoint).build(), ofString());
  }

  /**
   * Sends the request with one more {@code name} header after the request's own, so that the header
   * arrives twice: first the request's value, then {@code value}.
   */
  HttpResponse<String> sendWithAnother(String endpoint, String name, String value)
      throws Exception {
    return HTTP.send(builder(endpoint).header(name, value).build(), ofString());
  }

  private java.net.http.HttpRequest.Builder builder(String endpoint) {
    String uri = endpoint + path + (query == null ? "" : "?" + query);
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(URI.create(uri))
            .method(
                method,
                body == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(
                        body, StandardCharsets.UTF_8));
    headers.forEach(
        (name, value) -> {
          if (!name.equalsIgnoreCase("Host")) {
            builder.header(name, value);
          }
        });
    return builder;
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }
}
