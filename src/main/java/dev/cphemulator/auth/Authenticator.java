package dev.cphemulator.auth;

import dev.cphemulator.auth.AuthProperties.Credential;
import dev.cphemulator.auth.AuthProperties.Token;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.web.BodyLimitFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a request may pass, as Huawei's API gateway does before CPH sees it: the checks
 * of {@link AuthMode} on CPH paths ({@code /v1/...}), the operator token on {@code /_emulator/...}.
 * Immutable and thread-safe.
 *
 * <p>The {@code X-Sdk-Date} window is measured against the machine's wall clock, never the
 * emulator's virtual clock: clients sign with their own wall clock, and tests move the virtual one
 * by days.
 */
final class Authenticator {

  /** The gateway's window for {@code X-Sdk-Date}, either way. */
  static final Duration DATE_WINDOW = Duration.ofMinutes(15);

  static final String TOKEN_HEADER = "X-Auth-Token";
  static final String OPERATOR_HEADER = "X-Emulator-Token";
  static final String OPERATOR_PREFIX = "/_emulator";
  static final String CPH_PREFIX = "/v1/";

  /** Headers a CPH request may carry only once: two would make its credentials ambiguous. */
  private static final List<String> CREDENTIAL_HEADERS =
      List.of("Authorization", TOKEN_HEADER, "X-Sdk-Date");

  private static final Pattern DATE = Pattern.compile("\\d{8}T\\d{6}Z");
  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** Header values shown masked in the canonical request of a refusal: they are credentials. */
  private static final Set<String> SECRET_HEADERS =
      Set.of("x-auth-token", "x-security-token", "authorization", OPERATOR_HEADER.toLowerCase());

  private static final String MASK = "******";

  private final AuthProperties settings;
  private final Clock wallClock;
  private final Map<String, Credential> byAccessKey;
  private final List<String> secrets;

  Authenticator(AuthProperties settings) {
    this(settings, Clock.systemUTC());
  }

  /** For tests: a wall clock of their own. */
  Authenticator(AuthProperties settings, Clock wallClock) {
    this.settings = settings;
    this.wallClock = wallClock;
    this.byAccessKey =
        settings.credentials().stream()
            .collect(Collectors.toUnmodifiableMap(Credential::accessKey, Function.identity()));
    this.secrets = settings.secrets();
  }

  AuthMode mode() {
    return settings.mode();
  }

  /** The refusal for this request, or empty if it may pass. */
  Optional<CphException> check(HttpServletRequest request) {
    if (settings.mode() == AuthMode.OFF) {
      return Optional.empty();
    }
    String route = route(request);
    if (route.equals(OPERATOR_PREFIX) || route.startsWith(OPERATOR_PREFIX + "/")) {
      return operator(request);
    }
    if (!route.startsWith(CPH_PREFIX)) {
      return Optional.empty();
    }
    Optional<CphException> ambiguous = repeatedCredential(request);
    if (ambiguous.isPresent()) {
      return ambiguous;
    }
    return settings.mode() == AuthMode.PRESENT
        ? present(request)
        : strict(request, projectOf(route));
  }

  /**
   * The path the servlet container routes by: decoded and normalised, so that {@code /./v1/...} or
   * {@code /%761/...} cannot slip past a check that the raw path would escape.
   */
  private static String route(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo();
    return pathInfo == null ? servletPath : servletPath + pathInfo;
  }

  /** The {@code {project_id}} of {@code /v1/{project_id}/...}, or {@code null} if there is none. */
  private static String projectOf(String route) {
    String[] segments = route.split("/", 4); // "", "v1", project, rest
    return segments.length >= 3 && !segments[2].isEmpty() ? segments[2] : null;
  }

  private Optional<CphException> operator(HttpServletRequest request) {
    String expected = settings.operatorToken();
    if (expected == null) {
      return Optional.empty();
    }
    Enumeration<String> values = request.getHeaders(OPERATOR_HEADER);
    String given = values != null && values.hasMoreElements() ? values.nextElement() : null;
    if (given == null || given.isEmpty()) {
      return Optional.of(CphError.OPERATOR_TOKEN_REQUIRED.exception("the header is missing"));
    }
    if (values.hasMoreElements()) {
      // as for a CPH request's credentials: which of two tokens counts would be a guess
      return Optional.of(
          CphError.OPERATOR_TOKEN_REQUIRED.exception("the header is given more than once"));
    }
    return equal(expected, given)
        ? Optional.empty()
        : Optional.of(CphError.OPERATOR_TOKEN_REQUIRED.exception("the value is wrong"));
  }

  /**
   * A CPH request may carry each credential header at most once, in every mode that checks
   * credentials. With two {@code Authorization}, {@code X-Auth-Token} or {@code X-Sdk-Date} headers
   * it is ambiguous which one counts: the checks here read the first, a proxy or another server
   * might read the last, and a valid first header would carry a forged second one past the check.
   */
  private Optional<CphException> repeatedCredential(HttpServletRequest request) {
    for (String name : CREDENTIAL_HEADERS) {
      Enumeration<String> values = request.getHeaders(name);
      if (values != null && values.hasMoreElements()) {
        values.nextElement();
        if (values.hasMoreElements()) {
          return refuse("ambiguous credentials: more than one " + name + " header");
        }
      }
    }
    return Optional.empty();
  }

  private Optional<CphException> present(HttpServletRequest request) {
    String token = request.getHeader(TOKEN_HEADER);
    if (AuthorizationHeader.claimsSignature(request.getHeader("Authorization"))
        || (token != null && !token.isBlank())) {
      return Optional.empty();
    }
    return refuse(
        "no credentials: send an X-Auth-Token header or an Authorization: SDK-HMAC-SHA256 header");
  }

  private Optional<CphException> strict(HttpServletRequest request, String project) {
    String authorization = request.getHeader("Authorization");
    String token = request.getHeader(TOKEN_HEADER);
    if (AuthorizationHeader.claimsSignature(authorization)) {
      return signed(request, authorization, project);
    }
    if (token != null && !token.isBlank()) {
      return token(token, project);
    }
    if (authorization != null) {
      return refuse(malformed());
    }
    return refuse(
        "no credentials: sign the request (Authorization: SDK-HMAC-SHA256 ...) or send an"
            + " X-Auth-Token header");
  }

  private Optional<CphException> token(String token, String project) {
    Token match = null;
    // Every token is compared, so the time taken does not tell how close a guess came.
    for (Token candidate : settings.tokens()) {
      if (equal(candidate.token(), token)) {
        match = candidate;
      }
    }
    if (match == null) {
      return refuse("decrypt token fail: the X-Auth-Token is not one of the configured tokens");
    }
    return permitted(match.projectId(), project);
  }

  private Optional<CphException> signed(
      HttpServletRequest request, String authorization, String project) {
    Optional<AuthorizationHeader> parsed = AuthorizationHeader.parse(authorization);
    if (parsed.isEmpty()) {
      return refuse(malformed());
    }
    AuthorizationHeader header = parsed.get();
    List<String> names = header.headerNames();
    // Only the date must be signed. The official SDKs sign different sets: Java
    // host;user-agent;x-project-id;x-sdk-date, Go the same without host, Python with content-type
    // as well. Whatever the list names is rebuilt from the request as received (a signed host is
    // the Host header the client sent), so an unsigned host only means a signature not bound to
    // one emulator address.
    if (!names.contains("x-sdk-date")) {
      return refuse("SignedHeaders " + header.signedHeaders() + " must include x-sdk-date");
    }
    for (String name : names) {
      if (request.getHeader(name) == null) {
        return refuse("signed header '" + name + "' is missing from the request");
      }
    }
    String date = request.getHeader("X-Sdk-Date");
    Instant signedAt = parseDate(date);
    if (signedAt == null) {
      return refuse(
          "malformed X-Sdk-Date '"
              + shorten(date)
              + "': expected UTC yyyyMMdd'T'HHmmss'Z', e.g. 20260105T100000Z");
    }
    Instant now = wallClock.instant();
    if (Duration.between(signedAt, now).abs().compareTo(DATE_WINDOW) > 0) {
      String serverTime = DATE_FORMAT.format(now.atOffset(ZoneOffset.UTC));
      return Optional.of(
          CphError.SIGNATURE_EXPIRED.exception(
              "signature expired, signature time:"
                  + date
                  + ", server time:"
                  + serverTime
                  + "; X-Sdk-Date must be within "
                  + DATE_WINDOW.toMinutes()
                  + " minutes of the emulator's wall clock"));
    }
    Credential credential = byAccessKey.get(header.accessKey());
    if (credential == null) {
      return refuse("unknown access key " + header.accessKey());
    }
    String contentHash = request.getHeader("X-Sdk-Content-Sha256");
    String payload =
        contentHash != null
            ? contentHash
            : SdkHmacSha256.payloadHash(BodyLimitFilter.body(request));
    String canonical = canonical(request, names, payload, request::getHeader);
    String expected =
        SdkHmacSha256.signature(
            credential.secretKey(), SdkHmacSha256.stringToSign(date, canonical));
    if (!SdkHmacSha256.same(expected, header.signature())) {
      String shown = canonical(request, names, payload, name -> shownHeader(request, name));
      return refuse("verify aksk signature fail, canonicalRequest:" + shown.replace('\n', '|'));
    }
    Optional<CphException> denied = permitted(credential.projectId(), project);
    if (denied.isPresent()) {
      return denied;
    }
    String projectHeader = request.getHeader("X-Project-Id");
    if (names.contains("x-project-id") && project != null && !project.equals(projectHeader)) {
      return Optional.of(CphError.NO_PERMISSION.exception());
    }
    return Optional.empty();
  }

  private static String canonical(
      HttpServletRequest request,
      List<String> names,
      String payload,
      Function<String, String> headerValue) {
    return CanonicalRequest.of(
        request.getMethod(),
        request.getRequestURI(),
        request.getQueryString(),
        names,
        headerValue,
        payload);
  }

  private static String shownHeader(HttpServletRequest request, String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : request.getHeader(name);
  }

  /** A credential bound to {@code allowed} used on {@code project}'s path: CPH's 403. */
  private static Optional<CphException> permitted(String allowed, String project) {
    return project == null || project.equals(allowed)
        ? Optional.empty()
        : Optional.of(CphError.NO_PERMISSION.exception());
  }

  private static Instant parseDate(String date) {
    if (date == null || !DATE.matcher(date).matches()) {
      return null;
    }
    try {
      return LocalDateTime.parse(date, DATE_FORMAT).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String malformed() {
    return "malformed Authorization header: expected 'SDK-HMAC-SHA256 Access=<AK>,"
        + " SignedHeaders=<h1;h2;...>, Signature=<64 lower-case hex digits>'";
  }

  private static String shorten(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }

  /** An APIGW.0301 refusal; any configured secret in the reason is masked. */
  private Optional<CphException> refuse(String reason) {
    String safe = reason;
    for (String secret : secrets) {
      safe = safe.replace(secret, MASK);
    }
    return Optional.of(CphError.IAM_AUTH_FAILED.exception(safe));
  }

  private static boolean equal(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
