package dev.rustplan.desktop;

import java.util.Locale;

/** The scheduler a reminder is written for, and which one a system has by default. */
public enum Flavour {
  SYSTEMD,
  CRON,
  LAUNCHD;

  /** The option that chooses it: --systemd, --cron, --launchd. */
  public String option() {
    return "--" + name().toLowerCase(Locale.ROOT);
  }

  /** macOS: launchd; Linux booted with systemd: systemd; anything else: cron. */
  public static Flavour byDefault(String osName, boolean systemdBooted) {
    if (osName.startsWith("Mac")) {
      return LAUNCHD;
    }
    return osName.startsWith("Linux") && systemdBooted ? SYSTEMD : CRON;
  }
}
