/** Chooses the speech and draft engines from configuration: the one injectable bean per port. */
package dk.samtalenotat.engine;
