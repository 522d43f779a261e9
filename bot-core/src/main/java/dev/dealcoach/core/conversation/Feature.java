package dev.dealcoach.core.conversation;

import java.util.List;

/**
 * One capability of DealCoach as a unit (deal reviews, settings; later forecasts, activity, risk):
 * the commands, flows and home sections it brings. The core's wiring loops over the features.
 */
public interface Feature {

    default List<CommandHandler> commands() {
        return List.of();
    }

    default List<Flow> flows() {
        return List.of();
    }

    default List<HomeSection> homeSections() {
        return List.of();
    }
}
