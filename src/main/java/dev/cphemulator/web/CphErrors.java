package dev.cphemulator.web;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;

/** Maps a bare HTTP status (from Spring or the servlet container) to a catalogue entry. */
final class CphErrors {

  private CphErrors() {}

  static CphException forStatus(int status, String method, String path, String detail) {
    return switch (status) {
      case 404 -> CphError.NOT_FOUND.exception(method, path);
      case 405 -> CphError.METHOD_NOT_ALLOWED.exception(method, path);
      case 413 -> new CphException(CphError.BODY_TOO_LARGE, "Request body is too large.");
      case 415 -> CphError.UNSUPPORTED_MEDIA_TYPE.exception(detail);
      // a transfer coding or an HTTP version the container does not implement: the request's
      // fault, not an internal error
      case 501, 505 -> CphError.BAD_REQUEST.exception(detail == null ? "status " + status : detail);
      default ->
          status >= 500
              ? CphError.INTERNAL_ERROR.exception()
              : CphError.BAD_REQUEST.exception(detail == null ? "status " + status : detail);
    };
  }
}
