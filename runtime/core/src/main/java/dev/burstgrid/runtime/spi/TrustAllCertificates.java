package dev.burstgrid.runtime.spi;

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * A trust manager that accepts every certificate chain, for modules that offer {@code
 * insecure_skip_verify = true} (test servers with self-signed certificates). One shared
 * instance, so every module means the same thing by it.
 */
public final class TrustAllCertificates {
  /** Checks nothing: every chain is trusted. */
  public static final X509TrustManager MANAGER =
      new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      };

  private TrustAllCertificates() {}
}
