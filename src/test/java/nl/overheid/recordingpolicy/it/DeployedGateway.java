package nl.overheid.recordingpolicy.it;

import java.io.File;
import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every IT against the Arquillian-managed server shares: the WAR that `mvn package` built, deployed as it is
 * (the ITs test the artifact that ships, at the root context), called from outside ({@code testable = false}), at
 * {@link #base}. The ITs that start the bootable jar themselves use {@link BootableGateway} instead.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedGateway {

    /** Where the deployed gateway answers, e.g. http://127.0.0.1:8180/. */
    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        File war = new File(System.getProperty("gateway.war", "target/recording-policy-gateway.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("run `mvn package` first: " + war + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
