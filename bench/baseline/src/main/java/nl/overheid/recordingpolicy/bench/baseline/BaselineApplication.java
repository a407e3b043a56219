package nl.overheid.recordingpolicy.bench.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS of the baseline WAR: /bench-baseline/rest/... (the WAR's context root is set in jboss-web.xml). */
@ApplicationPath("/rest")
public class BaselineApplication extends Application {
}
