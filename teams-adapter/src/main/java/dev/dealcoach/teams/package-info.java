/**
 * The Teams adapter: turns Bot Framework activities into the core's inbound values and the core's
 * messages into Adaptive Cards. Every {@code com.microsoft.bot} type stays inside this module.
 */
package dev.dealcoach.teams;
