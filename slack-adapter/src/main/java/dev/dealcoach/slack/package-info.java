/**
 * The Slack adapter: turns Bolt for Java requests into the core's inbound values and the core's
 * messages into Block Kit. Bolt types stop at this module's boundary.
 */
package dev.dealcoach.slack;
