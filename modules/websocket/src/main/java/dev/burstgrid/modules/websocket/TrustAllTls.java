package dev.burstgrid.modules.websocket;

import dev.burstgrid.runtime.spi.TrustAllCertificates;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A socket factory whose TLS accepts any certificate, behind {@code insecure_skip_verify = true}. */
final class TrustAllTls {
  /** Checks nothing: every chain is trusted. */
  static final X509TrustManager MANAGER = TrustAllCertificates.MANAGER;

  private TrustAllTls() {}

  static SSLSocketFactory sslSocketFactory() {
    try {
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, new TrustManager[] {MANAGER}, null);
      return tls.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no TLS", e);
    }
  }
}
