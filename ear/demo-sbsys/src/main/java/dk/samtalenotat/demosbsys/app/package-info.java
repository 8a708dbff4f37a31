/**
 * The demo's case system: an SBSYS-shaped REST API at {@code /demo-sbsys/} with a few open cases of
 * the sample conversations' invented citizens, so that approving a sample conversation in the demo
 * journalises it and the receipt appears. Deployed beside the EAR by {@code bin/run} only, and it
 * refuses to start outside the demo ({@code samtalenotat.demo=true}).
 */
package dk.samtalenotat.demosbsys.app;
