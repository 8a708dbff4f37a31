package dk.samtalenotat.web.api;

import java.util.List;

/**
 * A refused API call: a stable code for programs, a Danish message for people, and for an
 * incomplete upload the chunks still missing.
 */
public record ApiError(String code, String message, List<Integer> missing) {}
