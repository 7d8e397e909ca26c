package dev.cphemulator.auth;

import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.ProjectId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication settings, checked when the emulator starts: a setting that could only ever refuse
 * (strict mode with nothing to accept) or that holds an unusable entry stops the start with a
 * message naming the property. {@link #toString()} and the nested records' never show a secret.
 *
 * @param mode {@code off} (the default), {@code present} or {@code strict}
 * @param credentials AK/SK pairs, each bound to the one project it may use ({@code strict})
 * @param tokens {@code X-Auth-Token} values, each bound to one project ({@code strict})
 * @param operatorToken when set and the mode is not {@code off}, requests to the operator API
 *     ({@code /_emulator/...}) need the header {@code X-Emulator-Token} with this value
 */
@ConfigurationProperties("cph.emulator.auth")
public record AuthProperties(
    @DefaultValue("off") AuthMode mode,
    List<Credential> credentials,
    List<Token> tokens,
    String operatorToken) {

  /** Shorter secrets are refused: they are typos, and they could not be masked in messages. */
  static final int MIN_SECRET_LENGTH = 8;

  static final String PREFIX = "cph.emulator.auth";
  private static final String MASK = "******";

  public AuthProperties {
    mode = mode == null ? AuthMode.OFF : mode;
    credentials = credentials == null ? List.of() : List.copyOf(credentials);
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
    operatorToken = operatorToken == null || operatorToken.isBlank() ? null : operatorToken;
    validate(mode, credentials, tokens, operatorToken);
  }

  /** The settings of an emulator that checks nothing. */
  static AuthProperties off() {
    return new AuthProperties(AuthMode.OFF, null, null, null);
  }

  /** Every configured secret: secret keys, tokens and the operator token. */
  List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    credentials.forEach(credential -> secrets.add(credential.secretKey()));
    tokens.forEach(token -> secrets.add(token.token()));
    if (operatorToken != null) {
      secrets.add(operatorToken);
    }
    return secrets;
  }

  @Override
  public String toString() {
    return "AuthProperties[mode=%s, credentials=%s, tokens=%s, operatorToken=%s]"
        .formatted(mode, credentials, tokens, operatorToken == null ? "(none)" : MASK);
  }

  /**
   * An access key (AK), its secret key (SK) and the project it may act on.
   *
   * @param accessKey the {@code Access=} value of the {@code Authorization} header
   * @param secretKey the HMAC key; never shown
   * @param projectId the one {@code {project_id}} this key may use
   */
  public record Credential(String accessKey, String secretKey, String projectId) {

    @Override
    public String toString() {
      return "Credential[accessKey=%s, secretKey=%s, projectId=%s]"
          .formatted(accessKey, MASK, projectId);
    }
  }

  /**
   * An {@code X-Auth-Token} value and the project it may act on.
   *
   * @param token the header value; never shown
   * @param projectId the one {@code {project_id}} this token may use
   */
  public record Token(String token, String projectId) {

    @Override
    public String toString() {
      return "Token[token=%s, projectId=%s]".formatted(MASK, projectId);
    }
  }

  private static void validate(
      AuthMode mode, List<Credential> credentials, List<Token> tokens, String operatorToken) {
    Set<String> accessKeys = new HashSet<>();
    for (int i = 0; i < credentials.size(); i++) {
      String at = PREFIX + ".credentials[" + i + "]";
      Credential credential = credentials.get(i);
      if (credential == null) {
        throw invalid(at + " is empty");
      }
      String accessKey = credential.accessKey();
      if (accessKey == null || accessKey.isBlank()) {
        throw invalid(at + ".access-key is missing");
      }
      if (!accessKey.matches("[^, ]+")) {
        throw invalid(at + ".access-key must not contain spaces or commas");
      }
      if (!accessKeys.add(accessKey)) {
        throw invalid(at + ".access-key " + accessKey + " is configured twice");
      }
      secret(credential.secretKey(), at + ".secret-key");
      project(credential.projectId(), at + ".project-id");
    }
    Set<String> tokenValues = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String at = PREFIX + ".tokens[" + i + "]";
      Token token = tokens.get(i);
      if (token == null) {
        throw invalid(at + " is empty");
      }
      secret(token.token(), at + ".token");
      if (!tokenValues.add(token.token())) {
        throw invalid(at + ".token is the same as an earlier token");
      }
      project(token.projectId(), at + ".project-id");
    }
    if (operatorToken != null) {
      secret(operatorToken, PREFIX + ".operator-token");
    }
    if (mode == AuthMode.STRICT && credentials.isEmpty() && tokens.isEmpty()) {
      throw invalid(
          PREFIX
              + ".mode is strict but neither "
              + PREFIX
              + ".credentials nor "
              + PREFIX
              + ".tokens holds an entry, so every CPH request would be refused");
    }
  }

  private static void secret(String value, String property) {
    if (value == null || value.isBlank()) {
      throw invalid(property + " is missing");
    }
    if (value.length() < MIN_SECRET_LENGTH) {
      throw invalid(property + " must be at least " + MIN_SECRET_LENGTH + " characters long");
    }
  }

  private static void project(String value, String property) {
    if (value == null || value.isBlank()) {
      throw invalid(property + " is missing");
    }
    try {
      new ProjectId(value);
    } catch (CphException e) {
      throw invalid(property + " '" + value + "' is not a project id: " + e.getMessage());
    }
  }

  private static InvalidAuthConfigException invalid(String message) {
    return new InvalidAuthConfigException(message);
  }
}
