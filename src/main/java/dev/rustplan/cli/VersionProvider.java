package dev.rustplan.cli;

import dev.rustplan.startup.LauncherProperties;
import dev.rustplan.startup.StartupArchive;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar, so `--version` never drifts from the pom. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties props = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/rustplan/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    }
    return new String[] {
      "rustplan " + props.getProperty("version", "unknown"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
      "Start-up archive: " + StartupArchive.describe(LauncherProperties.system())
    };
  }
}
