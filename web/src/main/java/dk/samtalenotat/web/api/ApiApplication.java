package dk.samtalenotat.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST resources live under /api; web.xml says who may call which. */
@ApplicationPath("api")
public class ApiApplication extends Application {}
