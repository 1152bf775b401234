package kr.co.saenal.sandan.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api; resources and providers are discovered by scanning. */
@ApplicationPath("/api")
public class SandanApplication extends Application {}
