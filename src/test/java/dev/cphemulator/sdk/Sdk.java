package dev.cphemulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.cph.v1.CphClient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The official SDK's client aimed at the emulator, and checks on its response models. */
final class Sdk {

  private Sdk() {}

  /**
   * A {@link CphClient} for one project of the emulator on this port, set up as docs/sdk.md shows.
   */
  static CphClient client(int port, String projectId) {
    BasicCredentials credentials =
        new BasicCredentials()
            .withAk("EXAMPLEAK0000000000")
            .withSk("EXAMPLE-SK-not-a-real-secret-0000000000")
            .withProjectId(projectId);
    HttpConfig http = HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true);
    return CphClient.newBuilder()
        .withHttpConfig(http)
        .withCredential(credentials)
        .withEndpoints(new ArrayList<>(List.of("http://127.0.0.1:" + port)))
        .build();
  }

  /**
   * Asserts that every field the SDK model declares was filled from the answer, except those named
   * (which must be null). Catches a key the emulator forgot or misspelled: the SDK ignores unknown
   * keys and leaves the field null.
   */
  static void assertEveryFieldSet(Object model, String... expectedNull) {
    Set<String> nulls = Set.of(expectedNull);
    List<String> fields = new ArrayList<>();
    for (Field field : model.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      Object value;
      try {
        value = field.get(model);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      fields.add(field.getName());
      if (nulls.contains(field.getName())) {
        assertThat(value).as(model.getClass().getSimpleName() + "." + field.getName()).isNull();
      } else {
        assertThat(value).as(model.getClass().getSimpleName() + "." + field.getName()).isNotNull();
      }
    }
    assertThat(fields)
        .as("fields of " + model.getClass().getSimpleName())
        .containsAll(nulls)
        .isNotEmpty();
  }
}
