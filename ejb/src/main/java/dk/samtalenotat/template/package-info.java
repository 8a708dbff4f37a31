/**
 * Note templates per conversation type: sections with guidance for the draft engines, tone and
 * length, the rules no template may break, and each municipality's versioned templates.
 */
package dk.samtalenotat.template;
