/**
 * What the ingest benchmarks share: the machine's own limits on the bytes they send (AES-256-GCM
 * and writing to disk), a PCM recording cut into chunks, and the server's heap read through the
 * WildFly management API. Here, in the test jar both the in-process benchmark ({@code bench}) and
 * the one through the HTTP API ({@code ear}'s test sources) already use, so that neither copies it
 * and its unit tests run with the normal build.
 */
package dk.samtalenotat.bench.support;
