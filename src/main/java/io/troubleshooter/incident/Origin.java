package io.troubleshooter.incident;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Who made an incident, with which build of the app: kept so a report can be traced back. */
public record Origin(String osUser, String appVersion) {

    public Origin {
        osUser = IncidentInfo.orEmpty(osUser);
        appVersion = IncidentInfo.orEmpty(appVersion);
    }

    public static Origin current() {
        return new Origin(System.getProperty("user.name", ""), stampedVersion());
    }

    /** The version Maven stamped into the jar; "dev" when running from the build folder. */
    static String stampedVersion() {
        try (InputStream in = Origin.class.getResourceAsStream(
                "/META-INF/maven/io.troubleshooter/troubleshooter/pom.properties")) {
            if (in != null) {
                var properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // An unreadable stamp is no reason to refuse an incident.
        }
        return "dev";
    }
}
