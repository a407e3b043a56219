package nl.overheid.recordingpolicy.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, deployed as it is: the ITs test the artifact that ships. */
final class GatewayDeployment {

    private GatewayDeployment() {
    }

    static WebArchive builtWar() {
        File war = new File(System.getProperty("gateway.war", "target/recording-policy-gateway.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("run `mvn package` first: " + war + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
