package dev.burstgrid.modules.http;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Applies an {@code http_client}'s TLS arguments: the authorities it trusts ({@code ca_cert}, or
 * every certificate with {@code insecure_skip_verify}) and the certificate it presents ({@code
 * client_cert} and {@code client_key}, for servers that require mutual TLS).
 */
final class ClientTls {
  private static final char[] NO_PASSWORD = new char[0];

  private ClientTls() {}

  /** Sets the builder's socket factory when any TLS argument is given; leaves it alone otherwise. */
  static void apply(HttpClientAsset.Config config, Path gridDirectory, OkHttpClient.Builder builder) {
    if (config.caCert() != null && config.insecureSkipVerify()) {
      throw new IllegalArgumentException(
          "set at most one of ca_cert and insecure_skip_verify: one trusts the given authorities,"
              + " the other trusts every certificate");
    }
    if ((config.clientCert() == null) != (config.clientKey() == null)) {
      throw new IllegalArgumentException(
          "client_cert and client_key go together: set both, or neither");
    }
    if (config.caCert() == null && config.clientCert() == null && !config.insecureSkipVerify()) {
      return;
    }
    X509TrustManager trust =
        config.insecureSkipVerify()
            ? dev.burstgrid.runtime.spi.TrustAllCertificates.MANAGER
            : trustManager(
                config.caCert() == null
                    ? null
                    : PemText.read("ca_cert", config.caCert(), gridDirectory, false).certificates());
    KeyManager[] keys =
        config.clientCert() == null
            ? null
            : keyManagers(
                PemText.read("client_cert", config.clientCert(), gridDirectory, false),
                PemText.read("client_key", config.clientKey(), gridDirectory, true));
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys, new TrustManager[] {trust}, null);
      builder.sslSocketFactory(context.getSocketFactory(), trust);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available in this JVM", e);
    }
    if (config.insecureSkipVerify()) {
      builder.hostnameVerifier((hostname, session) -> true);
    }
  }

  /** Trusts the given authorities, or the JVM's default ones when null. */
  private static X509TrustManager trustManager(List<X509Certificate> authorities) {
    try {
      KeyStore store = null;
      if (authorities != null) {
        store = emptyStore();
        for (int i = 0; i < authorities.size(); i++) {
          store.setCertificateEntry("ca-" + i, authorities.get(i));
        }
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("the JVM has no X.509 trust manager");
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("ca_cert cannot be used: " + e.getMessage(), e);
    }
  }

  private static KeyManager[] keyManagers(PemText certificate, PemText key) {
    List<X509Certificate> chain = certificate.certificates();
    try {
      KeyStore store = emptyStore();
      store.setKeyEntry(
          "client", key.privateKey(), NO_PASSWORD, chain.toArray(new X509Certificate[0]));
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, NO_PASSWORD);
      return factory.getKeyManagers();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "client_cert and client_key do not make a usable pair: " + e.getMessage(), e);
    }
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      return store;
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException(e);
    }
  }
}
