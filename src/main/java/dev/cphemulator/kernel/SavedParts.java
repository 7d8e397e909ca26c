package dev.cphemulator.kernel;

import java.util.List;

/**
 * A feature whose parts of every project's state are saved, so that they outlive a restart: each
 * part's key carries its {@link PartCodec}.
 */
public interface SavedParts {

  /** The feature's part keys that carry a codec. */
  List<ProjectState.Part<?>> savedParts();
}
