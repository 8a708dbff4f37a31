/** The installation operator's screen: municipalities, their onboarding and suspension. */
package dk.samtalenotat.web.operator;
