package dev.cphemulator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.auth.AuthProperties.Credential;
import dev.cphemulator.auth.AuthProperties.Token;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class AuthPropertiesTests {

  static final String SK = "EXAMPLE-SK-not-a-real-secret-0000000000";
  static final String TOKEN = "token-of-project-one-0001";
  static final String OPERATOR = "operator-secret-0001";
  static final String PROJECT = "0123456789abcdef0123456789abcdef";

  final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(AuthProperties.class)
  static class Settings {}

  @Test
  void neverShowsASecretInToString() {
    AuthProperties settings =
        new AuthProperties(
            AuthMode.STRICT,
            List.of(new Credential("EXAMPLEAK0000000000", SK, PROJECT)),
            List.of(new Token(TOKEN, PROJECT)),
            OPERATOR);

    assertThat(settings.toString())
        .contains("EXAMPLEAK0000000000", PROJECT, "STRICT")
        .doesNotContain(SK, TOKEN, OPERATOR);
    assertThat(settings.credentials().get(0).toString()).doesNotContain(SK);
    assertThat(settings.tokens().get(0).toString()).doesNotContain(TOKEN);
  }

  @Test
  void isOffWithNothingConfigured() {
    context.run(
        started -> {
          assertThat(started).hasNotFailed();
          AuthProperties settings = started.getBean(AuthProperties.class);
          assertThat(settings.mode()).isEqualTo(AuthMode.OFF);
          assertThat(settings.credentials()).isEmpty();
          assertThat(settings.operatorToken()).isNull();
        });
  }

  @Test
  void bindsCredentialsAndTokensFromProperties() {
    context
        .withPropertyValues(
            "cph.emulator.auth.mode=strict",
            "cph.emulator.auth.credentials[0].access-key=AK1",
            "cph.emulator.auth.credentials[0].secret-key=" + SK,
            "cph.emulator.auth.credentials[0].project-id=" + PROJECT,
            "cph.emulator.auth.tokens[0].token=" + TOKEN,
            "cph.emulator.auth.tokens[0].project-id=" + PROJECT)
        .run(
            started -> {
              AuthProperties settings = started.getBean(AuthProperties.class);
              assertThat(settings.credentials())
                  .containsExactly(new Credential("AK1", SK, PROJECT));
              assertThat(settings.tokens()).containsExactly(new Token(TOKEN, PROJECT));
            });
  }

  /** The environment-variable spelling that docs/auth.md gives for containers. */
  @Test
  void bindsFromEnvironmentVariables() {
    Map<String, Object> environment =
        Map.of(
            "CPH_EMULATOR_AUTH_MODE", "strict",
            "CPH_EMULATOR_AUTH_CREDENTIALS_0_ACCESSKEY", "AK1",
            "CPH_EMULATOR_AUTH_CREDENTIALS_0_SECRETKEY", SK,
            "CPH_EMULATOR_AUTH_CREDENTIALS_0_PROJECTID", PROJECT,
            "CPH_EMULATOR_AUTH_OPERATORTOKEN", OPERATOR);
    context
        .withInitializer(
            started ->
                started
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new SystemEnvironmentPropertySource(
                            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            environment)))
        .run(
            started -> {
              AuthProperties settings = started.getBean(AuthProperties.class);
              assertThat(settings.mode()).isEqualTo(AuthMode.STRICT);
              assertThat(settings.credentials())
                  .containsExactly(new Credential("AK1", SK, PROJECT));
              assertThat(settings.operatorToken()).isEqualTo(OPERATOR);
            });
  }

  @Test
  void refusesToStartStrictWithNothingToAccept() {
    context
        .withPropertyValues("cph.emulator.auth.mode=strict")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .hasRootCauseInstanceOf(InvalidAuthConfigException.class)
                    .rootCause()
                    .hasMessageContaining("cph.emulator.auth.mode is strict but neither"));
  }

  @Test
  void explainsAStartUpFailureInOneMessage() {
    context
        .withPropertyValues(
            "cph.emulator.auth.credentials[0].access-key=AK1",
            "cph.emulator.auth.credentials[0].project-id=" + PROJECT)
        .run(
            started -> {
              FailureAnalysis analysis =
                  new AuthConfigFailureAnalyzer().analyze(started.getStartupFailure());
              assertThat(analysis.getDescription())
                  .isEqualTo(
                      "Invalid authentication settings:"
                          + " cph.emulator.auth.credentials[0].secret-key is missing");
              assertThat(analysis.getAction()).contains("docs/auth.md");
            });
  }

  @Test
  void refusesUnusableEntriesNamingTheProperty() {
    assertThatThrownBy(() -> strict(new Credential("AK 1", SK, PROJECT)))
        .hasMessage(
            "cph.emulator.auth.credentials[0].access-key must not contain spaces or commas");
    assertThatThrownBy(() -> strict(new Credential("AK1", "short", PROJECT)))
        .hasMessage(
            "cph.emulator.auth.credentials[0].secret-key must be at least 8 characters long");
    assertThatThrownBy(() -> strict(new Credential("AK1", SK, "no/slash")))
        .hasMessageStartingWith(
            "cph.emulator.auth.credentials[0].project-id 'no/slash' is not a project id");
    assertThatThrownBy(
            () -> strict(new Credential("AK1", SK, PROJECT), new Credential("AK1", SK, "p2")))
        .hasMessage("cph.emulator.auth.credentials[1].access-key AK1 is configured twice");
    assertThatThrownBy(
            () -> new AuthProperties(AuthMode.STRICT, null, List.of(new Token(TOKEN, null)), null))
        .hasMessage("cph.emulator.auth.tokens[0].project-id is missing");
    assertThatThrownBy(() -> new AuthProperties(AuthMode.PRESENT, null, null, "short"))
        .hasMessage("cph.emulator.auth.operator-token must be at least 8 characters long");
  }

  @Test
  void treatsABlankOperatorTokenAsNone() {
    assertThat(new AuthProperties(AuthMode.PRESENT, null, null, "  ").operatorToken()).isNull();
  }

  private static AuthProperties strict(Credential... credentials) {
    return new AuthProperties(AuthMode.STRICT, List.of(credentials), null, null);
  }
}
