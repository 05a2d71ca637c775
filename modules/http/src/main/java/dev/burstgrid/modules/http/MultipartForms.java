package dev.burstgrid.modules.http;

import java.net.URLConnection;
import java.nio.file.Path;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/** Builds a {@code multipart/form-data} body from {@code http_request}'s {@code multipart} parts. */
final class MultipartForms {
  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  private MultipartForms() {}

  /**
   * @throws IllegalArgumentException naming the part at fault
   */
  static MultipartBody build(List<HttpRequestRunner.Part> parts, Path gridDirectory) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("multipart needs at least one part");
    }
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
    for (int i = 0; i < parts.size(); i++) {
      add(body, parts.get(i), "multipart[" + i + "]", gridDirectory);
    }
    return body.build();
  }

  private static void add(
      MultipartBody.Builder body, HttpRequestRunner.Part part, String where, Path gridDirectory) {
    if (part.name() == null || part.name().isEmpty()) {
      throw new IllegalArgumentException(where + " needs a name");
    }
    if ((part.value() == null) == (part.file() == null)) {
      throw new IllegalArgumentException(
          where + " (\"" + part.name() + "\") needs exactly one of value and file");
    }
    MediaType type = mediaType(where, part.contentType());
    if (part.value() != null) {
      body.addFormDataPart(part.name(), part.filename(), RequestBody.create(part.value(), type));
      return;
    }
    Path file = GridFiles.inside(gridDirectory, where + ".file", part.file());
    String filename = part.filename() != null ? part.filename() : file.getFileName().toString();
    MediaType fileType = type != null ? type : guess(file);
    body.addFormDataPart(part.name(), filename, RequestBody.create(file.toFile(), fileType));
  }

  private static MediaType mediaType(String where, String contentType) {
    if (contentType == null) {
      return null;
    }
    MediaType type = MediaType.parse(contentType);
    if (type == null) {
      throw new IllegalArgumentException(
          where + ".content_type \"" + contentType + "\" is not a media type, such as \"image/png\"");
    }
    return type;
  }

  /** From the JDK's own table of extensions, the same on every machine (unlike probeContentType). */
  private static MediaType guess(Path file) {
    String guessed = URLConnection.guessContentTypeFromName(file.getFileName().toString());
    MediaType type = guessed == null ? null : MediaType.parse(guessed);
    return type != null ? type : OCTET_STREAM;
  }
}
