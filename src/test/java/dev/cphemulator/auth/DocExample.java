package dev.cphemulator.auth;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A Java program quoted in a Markdown document, compiled and run as a reader would, so that the
 * documentation cannot drift from what compiles and works.
 */
final class DocExample {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private DocExample() {}

  /** Compiles the ```java block of {@code markdown} declaring {@code className}, runs its main. */
  static String run(Path markdown, String className, String... args) throws Exception {
    String source = block(Files.readString(markdown), "public class " + className);
    Path dir = Files.createTempDirectory("doc-example");
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-classpath",
            classpath(),
            "-d",
            dir.toString(),
            file.toString());
    if (status != 0) {
      throw new AssertionError("the example does not compile:\n" + diagnostics);
    }
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, DocExample.class.getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      return captured(() -> main.invoke(null, (Object) args));
    }
  }

  private static String block(String markdown, String marker) {
    Matcher m = JAVA_BLOCK.matcher(markdown);
    while (m.find()) {
      if (m.group(1).contains(marker)) {
        return m.group(1);
      }
    }
    throw new AssertionError("no ```java block with '" + marker + "'");
  }

  /** The test class path: surefire hides it behind a manifest-only jar, but names it here. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank()) {
      return surefire;
    }
    return System.getProperty("java.class.path");
  }

  private interface Run {
    void run() throws Exception;
  }

  private static String captured(Run run) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
