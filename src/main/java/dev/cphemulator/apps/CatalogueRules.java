package dev.cphemulator.apps;

/**
 * The field rules of CPH's application catalogue (as CPH documents its quotas), in one place so
 * that a fleet file's {@link App}/{@link AppVersion} and the bodies of CreateApp/CreateAppVersion
 * check exactly the same thing. Annotation attributes must be constants, hence strings rather than
 * compiled patterns.
 */
final class CatalogueRules {

  /**
   * Application name, package name, version code and name, launch activity: CPH's character set.
   */
  static final String NAME_CHARS = "[A-Za-z0-9._-]*";

  static final String APP_CHARS_MESSAGE = "use letters, digits, '-', '.' or '_'";

  static final String VERSION_CHARS_MESSAGE = "use letters, digits, '.', '_' or '-'";

  /**
   * Ids given in a fleet file: at least one character. An id left out gets a default; one given
   * empty is a mistake, not the id "".
   */
  static final String ID_CHARS = "[A-Za-z0-9_-]+";

  static final String ID_CHARS_MESSAGE = "use letters, digits, '-' or '_'";

  /** OBS bucket names: lower-case letters, digits, '-' and '.'. */
  static final String BUCKET_CHARS = "[a-z0-9.-]*";

  static final String BUCKET_CHARS_MESSAGE = "use lower-case letters, digits, '-' or '.'";

  static final String BUCKET_SIZE_MESSAGE = "it must be 3 to 63 characters";

  /** The object must be a {@code .tar} package. */
  static final String TAR_PATH = ".*\\.tar";

  static final String TAR_PATH_MESSAGE = "must name a .tar package";

  static final String REQUIRED = "it is required";

  static final String MAX_32 = "it must be at most 32 characters";
  static final String MAX_64 = "it must be at most 64 characters";
  static final String MAX_128 = "it must be at most 128 characters";
  static final String MAX_256 = "it must be at most 256 characters";
  static final String MAX_1024 = "it must be at most 1024 characters";

  private CatalogueRules() {}
}
