/**
 * Black-box tests against the provisioned WildFly: {@link dk.samtalenotat.it.WildFlyServer} runs
 * it, {@link dk.samtalenotat.it.WildFlyExtension} shares one server between all ITs.
 */
package dk.samtalenotat.it;
