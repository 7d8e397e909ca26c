package dev.cphemulator.apps;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A fleet file's applications and the bodies of CreateApp/CreateAppVersion obey the same rules. */
class CatalogueRulesTests {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private static final List<String> NAMES =
      List.of(
          "ok",
          "a.b_c-d",
          "n".repeat(64),
          "n".repeat(65),
          "p".repeat(128),
          "p".repeat(129),
          "with space",
          "slash/no",
          "ünïcode",
          "",
          "ok\n");
  private static final List<String> BUCKETS =
      List.of("abc", "ab", "b".repeat(63), "b".repeat(64), "my-bucket.1", "Upper", "under_score");
  private static final List<String> PATHS =
      List.of(
          "a.tar",
          "dir/a.tar",
          "a.zip",
          "a.tar.gz",
          "x".repeat(1020) + ".tar",
          "x".repeat(1021) + ".tar");

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static boolean valid(Object value) {
    return VALIDATOR.validate(value).isEmpty();
  }

  @Test
  void applicationNamesAndPackagesFollowTheSameRulesInBothPlaces() {
    for (String name : NAMES) {
      assertThat(valid(new CreateAppRequest(name, "com.example", null)))
          .as("name '%s'", name)
          .isEqualTo(valid(new App(null, name, "com.example", null, null, null, null)));
      assertThat(valid(new CreateAppRequest("ok", name, null)))
          .as("package_name '%s'", name)
          .isEqualTo(valid(new App(null, "ok", name, null, null, null, null)));
    }
    for (String description : List.of("", "any text, really", "d".repeat(256), "d".repeat(257))) {
      assertThat(valid(new CreateAppRequest("ok", "com.example", description)))
          .isEqualTo(valid(new App(null, "ok", "com.example", description, null, null, null)));
    }
  }

  @Test
  void versionFieldsFollowTheSameRulesInBothPlaces() {
    for (String text : NAMES) {
      if (text.isEmpty()) {
        continue; // optional in a fleet file, required by CreateAppVersion
      }
      assertThat(valid(request(text, "n", "a", "abc", "a.tar")))
          .as("version_code '%s'", text)
          .isEqualTo(valid(fileVersion(text, "n", "a", "abc", "a.tar")));
      assertThat(valid(request("1", text, "a", "abc", "a.tar")))
          .as("version_name '%s'", text)
          .isEqualTo(valid(fileVersion("1", text, "a", "abc", "a.tar")));
      assertThat(valid(request("1", "n", text, "abc", "a.tar")))
          .as("launch_activity '%s'", text)
          .isEqualTo(valid(fileVersion("1", "n", text, "abc", "a.tar")));
    }
    for (String bucket : BUCKETS) {
      assertThat(valid(request("1", "n", "a", bucket, "a.tar")))
          .as("bucket_name '%s'", bucket)
          .isEqualTo(valid(fileVersion("1", "n", "a", bucket, "a.tar")));
    }
    for (String path : PATHS) {
      assertThat(valid(request("1", "n", "a", "abc", path)))
          .as("object_path of %d characters", path.length())
          .isEqualTo(valid(fileVersion("1", "n", "a", "abc", path)));
    }
  }

  @Test
  void theRulesDoRefuseWhatCphRefuses() {
    assertThat(valid(request("1", "n", "a", "abc", "a.tar"))).isTrue();
    assertThat(valid(request("1", "n", "a", "abc", "a.zip"))).isFalse();
    assertThat(valid(request("1 0", "n", "a", "abc", "a.tar"))).isFalse();
    assertThat(valid(request("1", "n", "a", "ab", "a.tar"))).isFalse();
    assertThat(valid(new CreateAppRequest("n".repeat(65), "com.example", null))).isFalse();
  }

  private static CreateAppVersionRequest request(
      String code, String name, String activity, String bucket, String path) {
    return new CreateAppVersionRequest("app", code, name, activity, bucket, path);
  }

  private static AppVersion fileVersion(
      String code, String name, String activity, String bucket, String path) {
    return new AppVersion(null, "app", code, name, activity, bucket, path, null, null);
  }
}
