package dk.samtalenotat.demosbsys.app;

import dk.samtalenotat.demosbsys.SbsysCaseSystem;

/**
 * The demo municipality's cases: one open case for each invented citizen of the demo's sample
 * conversations ({@code DemoSeeder}), numbered as the samples name them, and a closed one that case
 * look-up shows but journalising refuses.
 */
final class DemoCases {

  private DemoCases() {}

  static SbsysCaseSystem into(SbsysCaseSystem sbsys) {
    return sbsys
        .addCase(101, "27.12.04-G01-101-26", "Jobsamtaler og kontaktforløb", "Aktiv", "070385-1234")
        .addCase(100, "27.12.04-G01-100-24", "Ledighedsforløb 2024", "Afsluttet", "070385-1234")
        .addCase(102, "27.12.04-G01-102-26", "Sygedagpengeopfølgning", "Aktiv", "141179-0987")
        .addCase(103, "27.12.04-G01-103-26", "Integrationsprogram", "Aktiv", "220992-4321")
        .addCase(104, "27.12.04-G01-104-26", "Jobafklaring", "Aktiv", "051288-0456");
  }
}
