package dev.burstgrid.modules.http;

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** A trust manager that trusts every certificate, for {@code insecure_skip_verify = true}. */
final class InsecureTls {
  static final X509TrustManager TRUST_ALL =
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

  private InsecureTls() {}
}
