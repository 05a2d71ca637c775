package dev.burstgrid.modules.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM-encoded TLS material given as an argument: the PEM text itself, or the name of a file
 * holding it (relative names from the grid's directory).
 */
final class PemText {
  private static final String BEGIN = "-----BEGIN ";
  private static final Pattern PKCS8_KEY =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
  private static final Pattern OTHER_KEY = Pattern.compile("-----BEGIN ([A-Z ]*PRIVATE KEY)-----");
  private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448");

  private final String argument;
  private final String text;

  private PemText(String argument, String text) {
    this.argument = argument;
    this.text = text;
  }

  /**
   * Reads the argument's PEM text.
   *
   * @param argument the argument's name, for messages
   * @param secret whether the value must not appear in messages (a private key)
   * @throws IllegalArgumentException when the named file cannot be read
   */
  static PemText read(String argument, String value, Path gridDirectory, boolean secret) {
    if (value.contains(BEGIN)) {
      return new PemText(argument, value);
    }
    Path file = gridDirectory.resolve(value);
    try {
      return new PemText(argument, Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      String named = secret ? "" : " \"" + value + "\"";
      String where = secret ? "" : " (" + file + ": " + e.getClass().getSimpleName() + ")";
      throw new IllegalArgumentException(
          argument + named + " is neither PEM text (-----BEGIN …) nor a readable file" + where, e);
    }
  }

  /** Every certificate in the text, in order (a chain starts with its leaf). */
  List<X509Certificate> certificates() {
    try {
      List<X509Certificate> certificates = new ArrayList<>();
      for (var c :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)))) {
        certificates.add((X509Certificate) c);
      }
      if (certificates.isEmpty()) {
        throw new CertificateException("no certificate found");
      }
      return certificates;
    } catch (CertificateException e) {
      throw new IllegalArgumentException(
          argument + " holds no readable PEM certificate (-----BEGIN CERTIFICATE-----): "
              + e.getMessage(),
          e);
    }
  }

  /** The unencrypted PKCS#8 private key in the text, whatever its algorithm. */
  PrivateKey privateKey() {
    Matcher pkcs8 = PKCS8_KEY.matcher(text);
    if (!pkcs8.find()) {
      Matcher other = OTHER_KEY.matcher(text);
      String found = other.find() ? "it holds a " + other.group(1) : "it holds no private key";
      throw new IllegalArgumentException(
          argument
              + " must be an unencrypted PKCS#8 key (-----BEGIN PRIVATE KEY-----), but "
              + found
              + "; convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
    }
    byte[] der = Base64.getMimeDecoder().decode(pkcs8.group(1));
    for (String algorithm : KEY_ALGORITHMS) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException notThisAlgorithm) {
        // try the next one
      }
    }
    throw new IllegalArgumentException(
        argument + " holds a PKCS#8 key of an algorithm this JVM cannot read (not RSA, EC or EdDSA)");
  }
}
