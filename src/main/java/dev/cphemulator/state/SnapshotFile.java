package dev.cphemulator.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot file, {@code state.json} in the state directory, read whole and written atomically:
 * the new content goes to a temporary file in the same directory, is forced to disk, and is renamed
 * over the old file in one step; then the directory itself is forced, where the platform allows. A
 * crash at any moment leaves the old file or the new one, never a torn one; a temporary file left
 * by a crash is deleted at the next start.
 */
final class SnapshotFile {

  static final String NAME = "state.json";
  private static final String TEMPORARY = ".state.json.";
  private static final Logger log = LoggerFactory.getLogger(SnapshotFile.class);

  private final Path dir;
  private final Path file;

  SnapshotFile(Path dir) {
    this.dir = dir;
    this.file = dir.resolve(NAME);
  }

  Path path() {
    return file;
  }

  /**
   * Makes the directory if needed and deletes temporary files a crash left.
   *
   * @throws SnapshotException if the directory cannot be made or read
   */
  void prepare() {
    try {
      Files.createDirectories(dir);
      try (DirectoryStream<Path> left = Files.newDirectoryStream(dir, TEMPORARY + "*")) {
        for (Path temporary : left) {
          Files.deleteIfExists(temporary);
        }
      }
    } catch (IOException e) {
      throw new SnapshotException(file, "used: its directory cannot be made or read: " + e, e);
    }
  }

  /** The file's content, or empty if there is none yet. */
  Optional<byte[]> read() {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SnapshotException(file, "read: " + e, e);
    }
  }

  /** Replaces the file's content atomically and durably. */
  void write(byte[] content) throws IOException {
    Path temporary = Files.createTempFile(dir, TEMPORARY, ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
    forceDirectory();
  }

  /** Makes the rename durable; some platforms cannot open a directory, and need not. */
  private void forceDirectory() {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      log.trace("The state directory {} cannot be forced to disk: {}", dir, e.toString());
    }
  }
}
